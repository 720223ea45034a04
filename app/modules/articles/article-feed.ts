/**
 * The Atom feed of one language's articles, built with the `feed` library (no XML by hand).
 * Each entry's id is the article's language-neutral address (`…/articles/12`), so renaming a
 * title never makes a feed reader show an entry twice. Pure: the loader passes the rows.
 */
import { Feed } from "feed";
import type { Language } from "~/modules/i18n/languages";
import { PUBLISHER_NAME } from "./article-json-ld";

export interface FeedEntry {
  number: number;
  title: string;
  lead: string | null;
  /** Sanitised HTML of the body (render-markdown.server.ts). */
  html: string;
  path: string;
  textLanguage: "de" | "fr";
  publishedAt: Date;
  updatedAt: Date;
  tags: readonly string[];
}

export interface FeedTexts {
  title: string;
  subtitle: string;
}

export function articlesAtom(
  language: Language,
  entries: readonly FeedEntry[],
  texts: FeedTexts,
  appUrl: string,
  fallbackUpdated: Date,
): string {
  const updated = entries.reduce<Date>(
    (latest, entry) => (entry.updatedAt > latest ? entry.updatedAt : latest),
    entries[0]?.updatedAt ?? fallbackUpdated,
  );
  const feed = new Feed({
    title: texts.title,
    description: texts.subtitle,
    id: `${appUrl}/${language}/articles`,
    link: `${appUrl}/${language}/articles`,
    language,
    updated,
    generator: PUBLISHER_NAME,
    copyright: PUBLISHER_NAME,
    feedLinks: { atom: `${appUrl}/${language}/articles.atom` },
    author: { name: PUBLISHER_NAME, link: `${appUrl}/${language}` },
  });
  for (const entry of entries) {
    feed.addItem({
      title: entry.title,
      id: `${appUrl}/articles/${entry.number}`,
      link: `${appUrl}${entry.path}`,
      description: entry.lead ?? undefined,
      content: entry.html,
      date: entry.updatedAt,
      published: entry.publishedAt,
      category: entry.tags.map((tag) => ({ name: tag, term: tag })),
    });
  }
  return feed.atom1();
}
