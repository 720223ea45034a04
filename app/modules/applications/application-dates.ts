import type { Language } from "~/modules/i18n/languages";

/**
 * Dates of applications as readers write them. Pure and small, so mails queued from the job
 * worker format periods without loading the page modules. Periods are calendar days (`@db.Date`,
 * UTC midnight); moments (events) are shown in the platform's time zone.
 */
const INTL_LOCALES: Record<Language, string> = { de: "de-DE", fr: "fr-FR", en: "en-GB" };

/** "3. Mai – 25. Juni 2027": the year is written once when both days share it. */
export function periodText(startsOn: Date, endsOn: Date, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: "long", timeZone: "UTC" }).formatRange(
    startsOn,
    endsOn,
  );
}

export function dayText(day: Date, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], { dateStyle: "medium", timeZone: "UTC" }).format(day);
}

export function momentText(moment: Date, language: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(moment);
}
