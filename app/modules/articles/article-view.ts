/**
 * An article as pages show it in the reader's language: the reader's version when it is written,
 * else the other one with a plain notice (as offers do). English readers get German first. Pure.
 */
import type { Language } from "~/modules/i18n/languages";
import { textLanguageOf, type TextLanguage } from "~/modules/offers/offer-cards.server";
import { articleImagePath, articlePath, type ArticleTitles } from "./article-url";

export interface ArticleTexts extends ArticleTitles {
  leadDe: string | null;
  leadFr: string | null;
  imageAltDe: string | null;
  imageAltFr: string | null;
}

export interface ArticleCard {
  number: number;
  path: string;
  title: string;
  lead: string | null;
  textLanguage: TextLanguage;
  tags: string[];
  published: { iso: string; text: string } | null;
  image: { src: string; alt: string } | null;
}

function pick(lang: TextLanguage, de: string | null, fr: string | null): string | null {
  const text = (lang === "de" ? de : fr)?.trim();
  return text ? text : null;
}

export function textIn(lang: TextLanguage, de: string | null, fr: string | null): string | null {
  return pick(lang, de, fr);
}

export function articleTextLanguage(article: ArticleTitles, language: Language): TextLanguage {
  return textLanguageOf(article, language);
}

/**
 * Which notice the page shows about the text's language: none when it is the reader's; "only in
 * French" when the reader's language is missing; for English readers, which version they read.
 */
export function articleLanguageNotice(
  language: Language,
  textLanguage: TextLanguage,
  hasOtherVersion: boolean,
): `articles:page.${"onlyIn" | "shownIn"}.${TextLanguage}` | null {
  if (textLanguage === language) return null;
  return language === "en" && hasOtherVersion
    ? `articles:page.shownIn.${textLanguage}`
    : `articles:page.onlyIn.${textLanguage}`;
}

export function toArticleCard(
  row: ArticleTexts & {
    id: string;
    tags: string[];
    publishedAt: Date | null;
    imageUpdatedAt: Date | null;
  },
  language: Language,
  formatDate: (date: Date) => string,
): ArticleCard {
  const lang = articleTextLanguage(row, language);
  const alt = pick(lang, row.imageAltDe, row.imageAltFr);
  return {
    number: row.number,
    path: articlePath(row, language),
    title: pick(lang, row.titleDe, row.titleFr) ?? "",
    lead: pick(lang, row.leadDe, row.leadFr),
    textLanguage: lang,
    tags: row.tags,
    published: row.publishedAt
      ? { iso: row.publishedAt.toISOString().slice(0, 10), text: formatDate(row.publishedAt) }
      : null,
    image: row.imageUpdatedAt ? { src: articleImagePath(row.id, row.imageUpdatedAt), alt: alt ?? "" } : null,
  };
}
