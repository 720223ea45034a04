import type { CSSProperties, ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Language } from "~/modules/i18n/languages";
import type { Translate } from "~/modules/i18n/translator";
import type { MailBlock, MailComposition } from "./mail-template";

/**
 * The HTML part. Mail clients ignore style sheets and modern layout, so this is the old, robust
 * kind: nested presentation tables, inline styles, system fonts, no images (nothing to load from
 * elsewhere, nothing blocked). Contrast is at least 4.5:1 throughout; the language is set on
 * <html> and again on the wrapper, because webmail clients drop the <html> element.
 */
const FONT = "Arial, Helvetica, sans-serif";
const COLOR = {
  page: "#f3f4f6",
  card: "#ffffff",
  text: "#1f2937",
  muted: "#4b5563",
  brand: "#1e3a8a",
  noteBackground: "#eff6ff",
};

const text: CSSProperties = { margin: "0 0 16px", fontFamily: FONT, fontSize: 16, lineHeight: 1.5, color: COLOR.text };
const small: CSSProperties = { ...text, fontSize: 13, color: COLOR.muted };

export function renderMailHtml(composition: MailComposition, language: Language, t: Translate): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(<MailDocument composition={composition} language={language} t={t} />)}`;
}

function MailDocument({
  composition,
  language,
  t,
}: {
  composition: MailComposition;
  language: Language;
  t: Translate;
}) {
  return (
    <html lang={language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{composition.subject}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: COLOR.page }}>
        <div style={{ display: "none", maxHeight: 0, overflow: "hidden" }}>{composition.preview}</div>
        <div lang={language} dir="ltr" role="article" aria-roledescription="email" aria-label={composition.subject}>
          <Table style={{ backgroundColor: COLOR.page }} width="100%">
            <tr>
              <td align="center" style={{ padding: "24px 12px" }}>
                <Table width="100%" style={{ maxWidth: 600, backgroundColor: COLOR.card, borderRadius: 8 }}>
                  <tr>
                    <td style={{ padding: "20px 32px", backgroundColor: COLOR.brand, borderRadius: "8px 8px 0 0" }}>
                      <p style={{ ...text, margin: 0, fontSize: 20, fontWeight: "bold", color: "#ffffff" }}>
                        {t("emails:layout.brand")}
                      </p>
                    </td>
                  </tr>
                  <tr>
                    <td style={{ padding: "32px 32px 16px" }}>
                      <h1 style={{ ...text, fontSize: 22, lineHeight: 1.3, fontWeight: "bold", margin: "0 0 24px" }}>
                        {composition.subject}
                      </h1>
                      <p style={text}>{composition.greeting}</p>
                      {composition.blocks.map((block, index) => (
                        <Block key={index} block={block} t={t} />
                      ))}
                      <p style={text}>
                        {t("emails:layout.signOff")}
                        <br />
                        {t("emails:layout.team")}
                      </p>
                    </td>
                  </tr>
                  <tr>
                    <td style={{ padding: "16px 32px 24px", borderTop: `1px solid ${COLOR.page}` }}>
                      <p style={small}>{t("emails:layout.office")}</p>
                      <p style={{ ...small, margin: 0 }}>{composition.reason}</p>
                    </td>
                  </tr>
                </Table>
              </td>
            </tr>
          </Table>
        </div>
      </body>
    </html>
  );
}

function Block({ block, t }: { block: MailBlock; t: Translate }) {
  switch (block.kind) {
    case "paragraph":
      return <p style={text}>{block.text}</p>;
    case "note":
      return (
        <Table width="100%" style={{ margin: "0 0 16px" }}>
          <tr>
            <td
              style={{
                padding: "12px 16px",
                backgroundColor: COLOR.noteBackground,
                borderLeft: `4px solid ${COLOR.brand}`,
              }}
            >
              <p style={{ ...text, fontWeight: "bold", margin: "0 0 4px" }}>{block.title}</p>
              <p style={{ ...text, margin: 0 }}>{block.text}</p>
            </td>
          </tr>
        </Table>
      );
    case "action":
      return (
        <>
          <Table style={{ margin: "8px 0 24px" }}>
            <tr>
              <td style={{ backgroundColor: COLOR.brand, borderRadius: 6 }}>
                <a
                  href={block.url}
                  style={{
                    display: "inline-block",
                    padding: "12px 24px",
                    fontFamily: FONT,
                    fontSize: 16,
                    fontWeight: "bold",
                    color: "#ffffff",
                    textDecoration: "none",
                  }}
                >
                  {block.label}
                </a>
              </td>
            </tr>
          </Table>
          {/* Some clients strip or block buttons; the bare link always works. */}
          <p style={small}>
            {t("emails:layout.linkFallback")}
            <br />
            <a href={block.url} style={{ color: COLOR.brand, wordBreak: "break-all" }}>
              {block.url}
            </a>
          </p>
        </>
      );
  }
}

function Table({ children, style, width }: { children: ReactNode; style?: CSSProperties; width?: string }) {
  return (
    <table role="presentation" width={width} cellPadding={0} cellSpacing={0} border={0} style={style}>
      <tbody>{children}</tbody>
    </table>
  );
}
