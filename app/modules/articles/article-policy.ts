/**
 * Who sees which article. Pure: the one rule for public visibility, used by the pages, the feed,
 * the sitemap and the home page (through PUBLIC_ARTICLE), and the preview rule for staff.
 */
export type ArticleStatus = "DRAFT" | "PUBLISHED";

export interface ArticleVisibility {
  status: ArticleStatus;
  publishedAt: Date | null;
}

/** Published, and its publish date has come. */
export function isPublicArticle(article: ArticleVisibility, now: Date): boolean {
  return article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now;
}

/** The same rule as a Prisma filter. */
export function publicArticleWhere(now: Date) {
  return { status: "PUBLISHED" as const, publishedAt: { lte: now } };
}

/** Staff see drafts and scheduled articles as a preview; everyone else only public ones. */
export function canViewArticle(role: string | null, article: ArticleVisibility, now: Date): boolean {
  return isPublicArticle(article, now) || role === "STAFF";
}

/** The article's state as the staff list names it. */
export function articleState(article: ArticleVisibility, now: Date): "draft" | "scheduled" | "published" {
  if (article.status === "DRAFT") return "draft";
  return isPublicArticle(article, now) ? "published" : "scheduled";
}
