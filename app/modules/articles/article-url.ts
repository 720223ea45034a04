import { slugify } from "~/modules/accounts/slug";
import type { Language } from "~/modules/i18n/languages";
import { titleFor } from "~/modules/offers/offer-url";

/**
 * Public article URLs: `/fr/articles/le-22-janvier-12`. As with offers, only the number at the end
 * identifies the article; the words are its title in the page's language, and a request with
 * outdated words is redirected to the current ones.
 */
export interface ArticleTitles {
  number: number;
  titleDe: string | null;
  titleFr: string | null;
}

export function articleSlug(article: ArticleTitles, language: Language): string {
  return `${slugify(titleFor(article, language) || "article")}-${article.number}`;
}

export function articlePath(article: ArticleTitles, language: Language): string {
  return `/${language}/articles/${articleSlug(article, language)}`;
}

/** The article number at the end of a URL part, or null when there is none. */
export function articleNumberFromSlug(slug: string): number | null {
  const match = /(?:^|-)(\d{1,9})$/.exec(slug);
  return match ? Number(match[1]) : null;
}

/** Where pages link an article's picture; the version makes each upload a new, long-cacheable URL. */
export function articleImagePath(articleId: string, imageUpdatedAt: Date): string {
  return `/articles/${articleId}/image?v=${imageUpdatedAt.getTime()}`;
}

export function articleListPath(language: Language, options: { tag?: string | null; page?: number } = {}): string {
  const params = new URLSearchParams();
  if (options.tag) params.set("tag", options.tag);
  if (options.page && options.page > 1) params.set("page", String(options.page));
  const query = params.toString();
  return `/${language}/articles${query ? `?${query}` : ""}`;
}
