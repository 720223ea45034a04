import type { MetaDescriptor } from "@remix-run/node";
import { LANGUAGES, type Language } from "./languages";
import { switchLanguageOfPath } from "./localized-path";

export interface PageMetaInput {
  title: string;
  description?: string;
  language: Language;
  /** Public origin, e.g. https://antenne.example (no trailing slash). */
  appUrl: string;
  /** Path and query of the page, e.g. /de/imprint. */
  path: string;
}

/**
 * Title, description, canonical URL and one hreflang alternate per language (plus x-default,
 * which lets `/` choose), so search engines show each reader the page in their language.
 */
export function pageMeta({ title, description, language, appUrl, path }: PageMetaInput): MetaDescriptor[] {
  const descriptors: MetaDescriptor[] = [
    { title },
    { property: "og:title", content: title },
    { property: "og:locale", content: OG_LOCALES[language] },
    { tagName: "link", rel: "canonical", href: `${appUrl}${path}` },
    ...LANGUAGES.map((other) => ({
      tagName: "link" as const,
      rel: "alternate",
      hrefLang: other,
      href: `${appUrl}${switchLanguageOfPath(path, other)}`,
    })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: `${appUrl}/` },
  ];
  if (description) {
    descriptors.push(
      { name: "description", content: description },
      { property: "og:description", content: description },
    );
  }
  return descriptors;
}

const OG_LOCALES: Record<Language, string> = { de: "de_DE", fr: "fr_FR", en: "en_GB" };
