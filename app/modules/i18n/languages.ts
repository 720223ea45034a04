/**
 * The languages of the platform. German and French are the two languages of the partnership;
 * English is offered for everyone else. The order is the order of the language switcher.
 */
export const LANGUAGES = ["de", "fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = "de";

/** Each language names itself in the switcher, so a reader finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  de: "Deutsch",
  fr: "Français",
  en: "English",
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** An account's stored locale as a language to write to it in; the default for anything else. */
export function languageOf(locale: string): Language {
  return isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
}

/** Namespaces are files under locales/<lang>/<namespace>.json. */
export const NAMESPACES = [
  "common",
  "home",
  "legal",
  "errors",
  "reference",
  "auth",
  "account",
  "emails",
  "staff",
  "company",
  "offers",
  "editor",
  "moderation",
  "savedSearches",
  "search",
  "profile",
  "matching",
  "applications",
  "coordinator",
  "programmes",
  "articles",
  "map",
  "agreements",
  "newsletter",
  "events",
  "organisers",
  "figures",
  "editions",
  "registrations",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const LANGUAGE_COOKIE = "lang";
