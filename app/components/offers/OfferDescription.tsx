/**
 * An offer's description is plain text written by the company: blank lines separate paragraphs,
 * lines starting with "- " become list items. React escapes everything, so no markup gets through.
 */
type Block = { kind: "text" | "list"; lines: string[] };

export function descriptionBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let previousBlank = true;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") {
      previousBlank = true;
      continue;
    }
    const kind = line.startsWith("- ") ? "list" : "text";
    const last = blocks.at(-1);
    if (last && last.kind === kind && !previousBlank) last.lines.push(kind === "list" ? line.slice(2) : line);
    else blocks.push({ kind, lines: [kind === "list" ? line.slice(2) : line] });
    previousBlank = false;
  }
  return blocks;
}

export function OfferDescription({ text, lang }: { text: string; lang: string }) {
  return (
    <div className="offer-description" lang={lang}>
      {descriptionBlocks(text).map((block, index) =>
        block.kind === "list" ? (
          <ul key={index}>
            {block.lines.map((item, position) => (
              <li key={position}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {block.lines.map((line, position) => (
              <span key={position}>
                {position > 0 ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
