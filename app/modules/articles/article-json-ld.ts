/** schema.org `Article` for an article page. Pure; the page escapes it with jsonLdScriptContent. */

type JsonObject = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface ArticleJsonLdInput {
  title: string;
  lead: string | null;
  textLanguage: "de" | "fr";
  publishedAt: Date | null;
  updatedAt: Date;
  imagePath: string | null;
  tags: readonly string[];
  path: string;
}

export const PUBLISHER_NAME = "Antenne Métropole";

export function articleJsonLd(article: ArticleJsonLdInput, appUrl: string): JsonObject {
  const publisher = { "@type": "Organization", name: PUBLISHER_NAME, url: `${appUrl}/` };
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: article.title.slice(0, 110),
    ...(article.lead ? { description: article.lead } : {}),
    inLanguage: article.textLanguage,
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    dateModified: article.updatedAt.toISOString(),
    ...(article.imagePath ? { image: `${appUrl}${article.imagePath}` } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(", ") } : {}),
    author: publisher,
    publisher,
    mainEntityOfPage: `${appUrl}${article.path}`,
    url: `${appUrl}${article.path}`,
  };
}
