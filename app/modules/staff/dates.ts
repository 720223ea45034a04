import type { Language } from "~/modules/i18n/languages";

const LOCALES: Record<Language, string> = { de: "de-DE", fr: "fr-FR", en: "en-GB" };

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
  const text = new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Berlin",
  }).format(date);
  return { iso: date.toISOString(), text };
}
