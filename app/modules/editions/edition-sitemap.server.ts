/**
 * The calendar's addresses for the sitemap: every public edition of the 22 January with its call
 * for participation (localized paths), and every published event by number. Events whose last
 * date is more than a year past are left out, as their pages are noindex then.
 */
import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import { PUBLIC_EDITION } from "./editions.server";
import { editionPath, participatePath } from "./edition-url";

const YEAR_MS = 365 * 24 * 3600_000;

export async function editionSitemapPages(): Promise<{ pathIn: (language: Language) => string; lastmod: Date }[]> {
  const editions = await db().edition.findMany({ where: PUBLIC_EDITION, orderBy: { year: "asc" } });
  return editions.flatMap((edition) => [
    { pathIn: (language: Language) => editionPath(edition.year, language), lastmod: edition.updatedAt },
    ...(edition.archivedAt
      ? []
      : [{ pathIn: (language: Language) => participatePath(edition.year, language), lastmod: edition.updatedAt }]),
  ]);
}

const indexedEvent = () => ({
  publishedAt: { not: null },
  occurrences: { some: { endsAt: { gte: new Date(Date.now() - YEAR_MS) } } },
});

export function publicEventCount(): Promise<number> {
  return db().event.count({ where: indexedEvent() });
}

export function publicEventsFrom(skip: number, take: number) {
  return db().event.findMany({
    where: indexedEvent(),
    orderBy: { number: "asc" },
    skip,
    take,
    select: { number: true, titleDe: true, titleFr: true, titleEn: true, updatedAt: true },
  });
}
