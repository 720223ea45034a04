/**
 * The newsletter as a mail (HTML and plain text) and as the archive's web version, written from
 * the resolved blocks. HTML for mail clients: presentation tables 600 px wide, inline styles, no
 * images and nothing loaded from elsewhere (no tracking), explicit colours on every cell plus a
 * dark-mode style for clients that honour it, `lang` on each language's part. Pure: no I/O.
 */
import type { CSSProperties } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Translate } from "~/modules/i18n/translator";
import type { EditionLanguage, ResolvedEdition, ResolvedSection } from "./edition-content.server";
import type { NewsletterTopic } from "./newsletter.schema";

const FONT = "Arial, Helvetica, sans-serif";
const COLOR = {
  page: "#f3f4f6",
  card: "#ffffff",
  text: "#1f2937",
  muted: "#4b5563",
  brand: "#1e3a8a",
  rule: "#d1d5db",
};
const text: CSSProperties = { margin: "0 0 16px", fontFamily: FONT, fontSize: 16, lineHeight: 1.5, color: COLOR.text };
const small: CSSProperties = { ...text, fontSize: 13, color: COLOR.muted };

export interface EditionReader {
  /** One language, or both in the reader's order (German first in Germany, French first in France). */
  languages: EditionLanguage[];
  topics: readonly NewsletterTopic[];
}

export interface EditionLinks {
  /** The archive's web version in each language. */
  web: Record<EditionLanguage, string>;
  /** Null in previews and the web version (no subscriber). */
  preferences: string | null;
  unsubscribe: string | null;
}

export interface RenderedEdition {
  subject: string;
  html: string;
  text: string;
}

/** The order of a "both" reader: by country, else by the language they signed up in. */
export function languageOrder(
  choice: "DE" | "FR" | "BOTH",
  country: "DE" | "FR" | null,
  signupLanguage: string,
): EditionLanguage[] {
  if (choice === "DE") return ["de"];
  if (choice === "FR") return ["fr"];
  const frenchFirst = country ? country === "FR" : signupLanguage === "fr";
  return frenchFirst ? ["fr", "de"] : ["de", "fr"];
}

function sectionsFor(edition: ResolvedEdition, language: EditionLanguage, topics: readonly NewsletterTopic[]) {
  return edition.sections[language].filter((section) => !section.topic || topics.includes(section.topic));
}

function headingOf(section: ResolvedSection, t: Translate): string {
  if (section.title) return section.title;
  if (section.kind === "editorial") return "";
  return t(`newsletter:edition.heading.${section.kind}`);
}

/** Markdown's HTML with the inline styles mail clients need (they drop style sheets). */
function styleMarkdownHtml(html: string): string {
  const css = (style: CSSProperties) =>
    Object.entries(style)
      .map(
        ([key, value]) =>
          `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}${typeof value === "number" && key !== "lineHeight" ? "px" : ""}`,
      )
      .join(";");
  return html
    .replace(/<(p|li|blockquote)>/g, (_, tag: string) => `<${tag} style="${css(text)}">`)
    .replace(
      /<(h2|h3|h4)>/g,
      (_, tag: string) => `<${tag} style="${css({ ...text, fontSize: 18, fontWeight: "bold" })}">`,
    )
    .replace(/<a href=/g, `<a style="color:${COLOR.brand};text-decoration:underline" href=`);
}

function Section({ section, t }: { section: ResolvedSection; t: Translate }) {
  const heading = headingOf(section, t);
  return (
    <>
      {heading ? <h2 style={{ ...text, fontSize: 20, fontWeight: "bold", margin: "24px 0 12px" }}>{heading}</h2> : null}
      {section.html ? <div dangerouslySetInnerHTML={{ __html: styleMarkdownHtml(section.html) }} /> : null}
      {section.items.map((item) => (
        <p key={item.url} style={text}>
          <a href={item.url} style={{ color: COLOR.brand, fontWeight: "bold", textDecoration: "underline" }}>
            {item.title}
          </a>
          <br />
          <span style={{ color: COLOR.muted, fontSize: 14 }}>{item.details}</span>
        </p>
      ))}
    </>
  );
}

function LanguagePart({
  edition,
  language,
  reader,
  t,
}: {
  edition: ResolvedEdition;
  language: EditionLanguage;
  reader: EditionReader;
  t: Translate;
}) {
  return (
    <tr>
      <td lang={language} style={{ padding: "24px 32px 8px", backgroundColor: COLOR.card }} className="card">
        <h1 style={{ ...text, fontSize: 22, lineHeight: 1.3, fontWeight: "bold", margin: "0 0 16px" }}>
          {edition.subject[language]}
        </h1>
        {sectionsFor(edition, language, reader.topics).map((section) => (
          <Section key={section.id} section={section} t={t} />
        ))}
      </td>
    </tr>
  );
}

const DARK_MODE_CSS = `@media (prefers-color-scheme: dark){body,.page{background-color:#111827 !important}.card{background-color:#1f2937 !important}.card h1,.card h2,.card p,.card li,.card span{color:#f9fafb !important}.card a{color:#93c5fd !important}}`;

export function renderEditionMail(
  edition: ResolvedEdition,
  reader: EditionReader,
  links: EditionLinks,
  translators: Record<EditionLanguage, Translate>,
): RenderedEdition {
  const first = reader.languages[0] ?? "de";
  const tFirst = translators[first];
  const subject = reader.languages.map((language) => edition.subject[language]).join(" | ");
  const footerLinks = (language: EditionLanguage) => {
    const t = translators[language];
    return [
      { label: t("newsletter:edition.web"), url: links.web[language] },
      ...(links.preferences ? [{ label: t("newsletter:edition.preferences"), url: links.preferences }] : []),
      ...(links.unsubscribe ? [{ label: t("newsletter:edition.unsubscribe"), url: links.unsubscribe }] : []),
    ];
  };
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang={first} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{subject}</title>
        <style dangerouslySetInnerHTML={{ __html: DARK_MODE_CSS }} />
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: COLOR.page }} className="page">
        <div role="article" aria-roledescription="email" aria-label={subject} lang={first}>
          <table
            role="presentation"
            width="100%"
            cellPadding={0}
            cellSpacing={0}
            border={0}
            style={{ backgroundColor: COLOR.page }}
            bgcolor={COLOR.page}
            className="page"
          >
            <tbody>
              <tr>
                <td align="center" style={{ padding: "24px 12px" }}>
                  <table
                    role="presentation"
                    width={600}
                    cellPadding={0}
                    cellSpacing={0}
                    border={0}
                    style={{ width: "100%", maxWidth: 600, backgroundColor: COLOR.card }}
                    bgcolor={COLOR.card}
                    className="card"
                  >
                    <tbody>
                      <tr>
                        <td style={{ padding: "20px 32px", backgroundColor: COLOR.brand }}>
                          <p style={{ ...text, margin: 0, fontSize: 20, fontWeight: "bold", color: "#ffffff" }}>
                            {tFirst("emails:layout.brand")}
                          </p>
                        </td>
                      </tr>
                      {reader.languages.map((language) => (
                        <LanguagePart
                          key={language}
                          edition={edition}
                          language={language}
                          reader={reader}
                          t={translators[language]}
                        />
                      ))}
                      {reader.languages.map((language) => (
                        <tr key={`footer-${language}`}>
                          <td
                            lang={language}
                            style={{
                              padding: "12px 32px",
                              borderTop: `1px solid ${COLOR.rule}`,
                              backgroundColor: COLOR.card,
                            }}
                            className="card"
                          >
                            <p style={small}>{translators[language]("newsletter:edition.reason")}</p>
                            <p style={{ ...small, margin: 0 }}>
                              {footerLinks(language).map((link, index) => (
                                <span key={link.url}>
                                  {index > 0 ? " · " : null}
                                  <a href={link.url} style={{ color: COLOR.brand, textDecoration: "underline" }}>
                                    {link.label}
                                  </a>
                                </span>
                              ))}
                            </p>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </td>
              </tr>
            </tbody>
          </table>
        </div>
      </body>
    </html>,
  )}`;
  const textParts = reader.languages.map((language) => {
    const t = translators[language];
    const sections = sectionsFor(edition, language, reader.topics).map((section) => {
      const heading = headingOf(section, t);
      const items = section.items.map((item) => `* ${item.title}\n  ${item.details}\n  ${item.url}`);
      return [heading ? `${heading}\n${"-".repeat(heading.length)}` : "", section.text, ...items]
        .filter(Boolean)
        .join("\n\n");
    });
    const footer = [
      t("newsletter:edition.reason"),
      ...footerLinks(language).map((link) => `${link.label}\n${link.url}`),
    ];
    return [edition.subject[language], "=".repeat(edition.subject[language].length), ...sections, "", ...footer].join(
      "\n\n",
    );
  });
  return { subject, html, text: `${textParts.join("\n\n\n")}\n` };
}
