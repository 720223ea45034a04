/**
 * The one place that decides access to articles. Writing (create, edit, publish, unpublish, the
 * staff list) is for staff alone: every staff article loader and action calls requireArticleEditor
 * first. Reading a public article needs nothing; a draft or a scheduled article is shown to
 * staff only (as a preview) and is a plain 404 for everyone else, as if it did not exist.
 */
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import type { Language } from "~/modules/i18n/languages";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { notFound } from "~/utils/not-found";
import { canViewArticle, type ArticleVisibility } from "./article-policy";

export function requireArticleEditor(request: Request, language: Language): Promise<SessionUser> {
  return requireStaff(request, language);
}

/** Throws the 404 page unless the reader may see the article; returns whether they are staff. */
export async function requireArticleReader(
  request: Request,
  article: ArticleVisibility | null,
  now: Date,
): Promise<{ isStaff: boolean }> {
  if (!article) throw notFound();
  const user = await getCurrentUser(request);
  const role = user?.role ?? null;
  if (!canViewArticle(role, article, now)) throw notFound();
  return { isStaff: role === "STAFF" };
}

/** Whether the reader of a resource (the picture) may see the article, without throwing. */
export async function mayReadArticle(request: Request, article: ArticleVisibility, now: Date): Promise<boolean> {
  const user = await getCurrentUser(request);
  return canViewArticle(user?.role ?? null, article, now);
}
