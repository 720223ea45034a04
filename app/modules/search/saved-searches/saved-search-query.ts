/**
 * A saved search is the search page's query string (`q=koch&fields=hospitality`): the page reads
 * it, the account page links to it and the daily alert runs it. Pure functions, no I/O.
 */
import type { Language } from "~/modules/i18n/languages";
import type { Translate } from "~/modules/i18n/translator";
import { parseSearchParams, toSearchParams, type SearchRequest } from "~/modules/search/search-params";

/** The search as the search page reads it: leniently, anything it does not understand left out. */
export function readSavedQuery(query: string): SearchRequest {
  return parseSearchParams(new URLSearchParams(query.trim().replace(/^\?/, "")), { mode: "lenient" }).request;
}

/**
 * One spelling per search, so the same search is not saved twice: what it looks for, not how the
 * page showed it (page, sort), lists in a fixed order, in the page's own parameter order.
 */
export function normaliseSavedQuery(query: string): string {
  const request = readSavedQuery(query);
  return toSearchParams({
    ...request,
    fields: [...request.fields].sort(),
    countries: [...request.countries].sort(),
    accommodation: [...request.accommodation].sort(),
    sort: "relevance",
    page: 1,
  }).toString();
}

/** The search page as the student left it (sort included), for the way back after saving. */
export function searchPageQuery(query: string, changes: Partial<SearchRequest> = {}): string {
  return toSearchParams({ ...readSavedQuery(query), ...changes }).toString();
}

/** At most this many offers in one alert mail; the mail links to the search for the rest. */
export const ALERT_OFFERS = 10;

/** What the daily alert asks: the saved search, newest first, one short page. */
export function alertRequest(query: string): SearchRequest {
  const request = readSavedQuery(query);
  return { ...request, sort: "newest", page: 1, perPage: ALERT_OFFERS };
}

export interface SummaryNames {
  /** An occupational field's name in the reader's language (the key when unknown). */
  field(key: string): string;
  /** A place's name in the reader's language (the key when unknown). */
  place(key: string): string;
}

/**
 * A saved search in a few words for the account page and the mail: „Koch“ · Hotel & Gastronomie ·
 * Frankreich. Lists each filter the search has; a search without any is "all offers".
 */
export function describeSavedQuery(
  request: SearchRequest,
  names: SummaryNames,
  t: Translate,
  language: Language,
): string {
  const day = (iso: string | null) => (iso ? formatDay(iso, language) : "…");
  const parts: string[] = [];
  if (request.text) parts.push(t("savedSearches:summary.text", { text: request.text }));
  if (request.fields.length > 0) parts.push(request.fields.map((key) => names.field(key)).join(", "));
  if (request.countries.length > 0)
    parts.push(request.countries.map((country) => t(`reference:country.${country}`)).join(", "));
  if (request.place)
    parts.push(
      request.radiusKm === null
        ? names.place(request.place)
        : t("savedSearches:summary.near", { place: names.place(request.place), km: request.radiusKm }),
    );
  if (request.level) parts.push(t("savedSearches:summary.level", { level: request.level }));
  if (request.availableFrom || request.availableTo)
    parts.push(t("savedSearches:summary.dates", { from: day(request.availableFrom), to: day(request.availableTo) }));
  if (request.weeks !== null) parts.push(t("savedSearches:summary.weeks", { count: request.weeks }));
  if (request.accommodation.length > 0)
    parts.push(request.accommodation.map((kind) => t(`savedSearches:summary.accommodation.${kind}`)).join(", "));
  if (request.minorsWelcome !== null)
    parts.push(t(`savedSearches:summary.minors.${request.minorsWelcome ? "yes" : "no"}`));
  return parts.length > 0 ? parts.join(" · ") : t("savedSearches:summary.everything");
}

/** An ISO day (`2026-05-18`) as the reader writes it; days are UTC midnight, so no zone shifts them. */
function formatDay(iso: string, language: Language): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
