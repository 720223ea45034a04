import type { Translate } from "~/modules/i18n/translator";
import type { MailBlock, MailComposition } from "./mail-template";

/**
 * The plain-text part: short paragraphs, each link on a line of its own (so that clients make it
 * clickable and nothing breaks it), and the footer after the usual "-- " signature separator.
 */
export function renderMailText(composition: MailComposition, t: Translate): string {
  const sections = [
    t("emails:layout.brand"),
    composition.greeting,
    ...composition.blocks.map((block) => blockText(block, t)),
    `${t("emails:layout.signOff")}\n${t("emails:layout.team")}`,
    `-- \n${t("emails:layout.office")}\n${composition.reason}`,
  ];
  return `${sections.join("\n\n")}\n`;
}

function blockText(block: MailBlock, t: Translate): string {
  switch (block.kind) {
    case "paragraph":
      return block.text;
    case "action":
      // French puts a (no-break) space before the colon.
      return `${t("emails:layout.actionInText", { label: block.label })}\n${block.url}`;
    case "note":
      return `${block.title}\n${block.text}`;
  }
}
