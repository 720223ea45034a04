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
  /**
   * The page's own path in each language, for pages whose address differs by more than the
   * language prefix (an offer's slug is its title in that language). Missing languages fall back
   * to swapping the prefix of `path`.
   */
  alternates?: Partial<Record<Language, string>>;
  /** Keeps the page out of search indexes (previews of unpublished content). */
  noindex?: boolean;
}

/** The page's path in a language: its own alternate when it gave one, else `path` with another prefix. */
export function pathIn({ path, alternates }: Pick<PageMetaInput, "path" | "alternates">, language: Language): string {
  return alternates?.[language] ?? switchLanguageOfPath(path, language);
}

/**
 * Title, description, canonical URL and one hreflang alternate per language (plus x-default,
 * which lets `/` choose), so search engines show each reader the page in their language.
 */
export function pageMeta(input: PageMetaInput): MetaDescriptor[] {
  const { title, description, language, appUrl, path, alternates, noindex } = input;
  const descriptors: MetaDescriptor[] = [
    { title },
    { property: "og:title", content: title },
    { property: "og:locale", content: OG_LOCALES[language] },
    { tagName: "link", rel: "canonical", href: `${appUrl}${alternates?.[language] ?? path}` },
    ...LANGUAGES.map((other) => ({
      tagName: "link" as const,
      rel: "alternate",
      hrefLang: other,
      href: `${appUrl}${pathIn(input, other)}`,
    })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: `${appUrl}/` },
  ];
  if (description) {
    descriptors.push(
      { name: "description", content: description },
      { property: "og:description", content: description },
    );
  }
  if (noindex) descriptors.push({ name: "robots", content: "noindex" });
  return descriptors;
}

const OG_LOCALES: Record<Language, string> = { de: "de_DE", fr: "fr_FR", en: "en_GB" };
