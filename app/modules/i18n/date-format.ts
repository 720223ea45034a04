/**
 * Dates as readers of each language write them. Pure, so pages, mails and the job worker share
 * it without loading each other's modules. Calendar days (`@db.Date`) are UTC midnight; moments
 * are shown in the platform's time zone.
 */
import type { Language } from "./languages";

export const INTL_LOCALES: Record<Language, string> = { de: "de-DE", fr: "fr-FR", en: "en-GB" };

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Building an Intl.DateTimeFormat costs far more than using one (a search page of 20 offers
 * built 40), so each language and style is built once.
 */
function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[language], options);
    formats.set(key, format);
  }
  return format;
}

/** A calendar day as the reader writes it, plus its ISO form for <time>. */
export function formatDay(date: Date, language: Language) {
  const text = dateFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
  return { iso: date.toISOString().slice(0, 10), text };
}

/** "12. Mai – 6. Juni 2026": the year is written once when both days share it. */
export function formatDateRange(startsOn: Date, endsOn: Date, language: Language): string {
  return dateFormat(language, { dateStyle: "long", timeZone: "UTC" }).formatRange(startsOn, endsOn);
}

/** A calendar day, short ("3 mai 2027"). */
export function formatShortDay(day: Date, language: Language): string {
  return dateFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(day);
}

/** An instant with its time, in the platform's time zone. */
export function formatMoment(moment: Date, language: Language): string {
  return dateFormat(language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(moment);
}

/** A moment as the page shows it, plus its machine-readable form for <time dateTime>. */
export interface ShownDate {
  iso: string;
  text: string;
}

/**
 * Formatted on the server in the office's time zone, so the hydrated page shows exactly the text
 * the server rendered whatever the browser's zone or ICU version.
 */
export function showDate(date: Date, language: Language): ShownDate {
  const text = dateFormat(language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(date);
  return { iso: date.toISOString(), text };
}
