/** The home page's block of the newest articles, as cards in the reader's language. */
import { formatDay } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import { toArticleCard, type ArticleCard } from "./article-view";
import { newestArticles } from "./articles.server";

export const HOME_ARTICLES = 3;

export async function newestArticleCards(language: Language): Promise<ArticleCard[]> {
  const rows = await newestArticles(HOME_ARTICLES);
  return rows.map((row) => toArticleCard(row, language, (date) => formatDay(date, language).text));
}
