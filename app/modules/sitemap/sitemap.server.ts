import fs from "node:fs";
import path from "node:path";
import { LANGUAGES, type Language } from "~/modules/i18n/languages";
import { publicArticleWhere } from "~/modules/articles/article-policy";
import { articlePath } from "~/modules/articles/article-url";
import { offerPath } from "~/modules/offers/offer-url";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { programmeSitemapPages } from "~/modules/programmes/programmes.server";
import { editionSitemapPages, publicEventCount, publicEventsFrom } from "~/modules/editions/edition-sitemap.server";
import { eventPath } from "~/modules/events/event-url";
import { db } from "~/utils/db.server";
import {
  MAX_URLS_PER_SITEMAP,
  partsFor,
  sitemapFileName,
  sitemapIndexXml,
  urlsetXml,
  type SitemapUrl,
} from "./sitemap-xml";

/**
 * What search engines should find: the public pages and every public offer, once per language.
 * Each language has its own sitemap (split at the protocol's 50,000 URLs), listed in one index.
 * `perFile` is only lowered by tests, to see a split without 50,000 offers.
 */

/** Public pages that are the same for every visitor, below the language. */
const PUBLIC_PAGES = [
  { path: "", changesWithOffers: true },
  { path: "/offers", changesWithOffers: true },
  { path: "/imprint", changesWithOffers: false },
  { path: "/privacy", changesWithOffers: false },
  { path: "/articles", changesWithOffers: false },
  { path: "/newsletter", changesWithOffers: false },
  { path: "/newsletter/archive", changesWithOffers: false },
  { path: "/events", changesWithOffers: false },
] as const;

const STARTED_AT = new Date();

interface OfferSummary {
  count: number;
  /** When the newest public offer was published; null with none. */
  latest: Date | null;
}

async function publicOffers(): Promise<OfferSummary> {
  const result = await db().offer.aggregate({
    where: PUBLIC_OFFER,
    _count: { _all: true },
    _max: { publishedAt: true },
  });
  return { count: result._count._all, latest: result._max.publishedAt };
}

/** The legal texts live in the locale files, so they change when those files do. */
function legalTextsChanged(language: Language): Date {
  try {
    return fs.statSync(path.resolve("locales", language, "legal.json")).mtime;
  } catch {
    return STARTED_AT;
  }
}

function latestOf(...dates: (Date | null)[]): Date {
  const times = dates.filter((date): date is Date => date !== null).map((date) => date.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : STARTED_AT;
}

function alternatesOf(appUrl: string, pathIn: (language: Language) => string) {
  return LANGUAGES.map((language) => ({ hreflang: language, href: `${appUrl}${pathIn(language)}` }));
}

/** The index: every language's sitemaps, with the time the newest of them changed. */
export async function sitemapIndex(appUrl: string, perFile = MAX_URLS_PER_SITEMAP): Promise<string> {
  const [offers, articles, programmes, editions, events] = await Promise.all([
    publicOffers(),
    publicArticleCount(),
    programmeSitemapPages(),
    editionSitemapPages(),
    publicEventCount(),
  ]);
  const parts = partsFor(
    PUBLIC_PAGES.length + programmes.length + editions.length + offers.count + articles + events,
    perFile,
  );
  return sitemapIndexXml(
    LANGUAGES.flatMap((language) =>
      Array.from({ length: parts }, (_, index) => ({
        loc: `${appUrl}/sitemaps/${sitemapFileName(language, index + 1)}`,
        lastmod: latestOf(offers.latest, legalTextsChanged(language), programmes[0]?.lastmod ?? null),
      })),
    ),
  );
}

/**
 * One part of a language's sitemap: the public pages first, then the offers by number, so
 * a part keeps its URLs while new offers go to the end. Null for a part beyond the last.
 */
export async function languageSitemap(
  language: Language,
  part: number,
  appUrl: string,
  perFile = MAX_URLS_PER_SITEMAP,
): Promise<string | null> {
  const [offers, articles, programmes, editions, events] = await Promise.all([
    publicOffers(),
    publicArticleCount(),
    programmeSitemapPages(),
    editionSitemapPages(),
    publicEventCount(),
  ]);
  // The programme pages (issue 20) count as public pages: they come before the offers.
  const pages = [
    ...PUBLIC_PAGES.map((page) => ({
      path: page.path,
      lastmod: page.changesWithOffers ? latestOf(offers.latest) : legalTextsChanged(language),
    })),
    ...programmes,
  ];
  // The 22 January editions have a path of their own in each language.
  const localized = editions;
  const fixed = pages.length;
  const total = fixed + localized.length + offers.count + articles + events;
  if (part < 1 || part > partsFor(total, perFile)) return null;
  const start = (part - 1) * perFile;
  const end = Math.min(total, part * perFile);

  const urls: SitemapUrl[] = pages.slice(start, end).map((page) => ({
    loc: `${appUrl}/${language}${page.path}`,
    lastmod: page.lastmod,
    alternates: alternatesOf(appUrl, (other) => `/${other}${page.path}`),
  }));
  for (const page of localized.slice(Math.max(0, start - fixed), Math.max(0, end - fixed))) {
    urls.push({
      loc: `${appUrl}${page.pathIn(language)}`,
      lastmod: page.lastmod,
      alternates: alternatesOf(appUrl, page.pathIn),
    });
  }

  const pagesLength = fixed + localized.length;
  const offerStart = Math.max(0, start - pagesLength);
  const offerEnd = end - pagesLength;
  if (offerEnd > offerStart) {
    const rows = await db().offer.findMany({
      where: PUBLIC_OFFER,
      orderBy: { number: "asc" },
      skip: offerStart,
      take: offerEnd - offerStart,
      select: { number: true, titleDe: true, titleFr: true, publishedAt: true, updatedAt: true },
    });
    for (const offer of rows) {
      urls.push({
        loc: `${appUrl}${offerPath(offer, language)}`,
        lastmod: offer.publishedAt ?? offer.updatedAt,
        alternates: alternatesOf(appUrl, (other) => offerPath(offer, other)),
      });
    }
  }
  // Articles follow the offers, oldest first, so they too keep their place while new ones are added.
  const articleStart = Math.max(0, start - pagesLength - offers.count);
  const articleEnd = end - pagesLength - offers.count;
  if (articleEnd > articleStart) {
    const rows = await db().article.findMany({
      where: publicArticleWhere(new Date()),
      orderBy: { number: "asc" },
      skip: articleStart,
      take: articleEnd - articleStart,
      select: { number: true, titleDe: true, titleFr: true, updatedAt: true },
    });
    for (const article of rows) {
      urls.push({
        loc: `${appUrl}${articlePath(article, language)}`,
        lastmod: article.updatedAt,
        alternates: alternatesOf(appUrl, (other) => articlePath(article, other)),
      });
    }
  }
  // Events follow the articles by number, for the same reason.
  const eventStart = Math.max(0, start - pagesLength - offers.count - articles);
  const eventEnd = end - pagesLength - offers.count - articles;
  if (eventEnd > eventStart) {
    for (const event of await publicEventsFrom(eventStart, eventEnd - eventStart)) {
      urls.push({
        loc: `${appUrl}${eventPath(event, language)}`,
        lastmod: event.updatedAt,
        alternates: alternatesOf(appUrl, (other) => eventPath(event, other)),
      });
    }
  }
  return urlsetXml(urls);
}

function publicArticleCount(): Promise<number> {
  return db().article.count({ where: publicArticleWhere(new Date()) });
}
