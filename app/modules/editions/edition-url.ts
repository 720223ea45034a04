/**
 * Addresses of the 22 January editions. The day has a name of its own in each language, so the
 * path does too: /de/22-januar/2027, /fr/22-janvier/2027, /en/22-january/2027, and the call for
 * participation below it (/de/22-januar/2027/mitmachen …). Any other slug in a language is
 * answered with a 301 to that language's own. The feed is …/2027/calendar.ics, as an event's. Pure.
 */
import type { Language } from "~/modules/i18n/languages";

export const EDITION_SLUGS = { de: "22-januar", fr: "22-janvier", en: "22-january" } as const satisfies Record<
  Language,
  string
>;

export const PARTICIPATE_SLUGS = { de: "mitmachen", fr: "participer", en: "participate" } as const satisfies Record<
  Language,
  string
>;

export const ALL_EDITION_SLUGS: readonly string[] = Object.values(EDITION_SLUGS);
export const ALL_PARTICIPATE_SLUGS: readonly string[] = Object.values(PARTICIPATE_SLUGS);

/** The years an edition can have: the Élysée Treaty was signed on 22 January 1963. */
export function editionYearOf(text: string | undefined): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1963 && year <= 2200 ? year : null;
}

export function editionsRootPath(language: Language): string {
  return `/${language}/${EDITION_SLUGS[language]}`;
}

export function editionPath(year: number, language: Language): string {
  return `${editionsRootPath(language)}/${year}`;
}

export function participatePath(year: number, language: Language): string {
  return `${editionPath(year, language)}/${PARTICIPATE_SLUGS[language]}`;
}

export function editionFeedPath(year: number, language: Language): string {
  return `${editionPath(year, language)}/calendar.ics`;
}

/**
 * Where a request for an edition address should be, when it is not already there: the same page
 * under the language's own slugs, with the query kept. Null when the address is right.
 */
export function canonicalEditionUrl(url: URL, language: Language): string | null {
  const [, , slug, yearPart, page] = url.pathname.split("/");
  const year = editionYearOf(yearPart);
  if (year === null) return slug === EDITION_SLUGS[language] ? null : editionsRootPath(language) + url.search;
  const wanted =
    page === "calendar.ics"
      ? editionFeedPath(year, language)
      : page
        ? participatePath(year, language)
        : editionPath(year, language);
  return wanted === url.pathname ? null : wanted + url.search;
}

/**
 * The edition the day's address means today: the coming 22 January, or today's on the day
 * itself. From 23 January on it is next year's. `today` is a calendar day in the office's zone.
 */
export function comingEditionYear(today: { year: number; month: number; day: number }): number {
  return today.month === 1 && today.day <= 22 ? today.year : today.year + 1;
}

/** The home page announces the coming day from 1 December to 22 January, both included. */
export function bannerYear(today: { year: number; month: number; day: number }): number | null {
  if (today.month === 12) return today.year + 1;
  if (today.month === 1 && today.day <= 22) return today.year;
  return null;
}

/** The calendar day of an instant in the office's zone (Hanover and Caen share it). */
export function officeDay(now: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}
