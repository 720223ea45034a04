/**
 * The search page's view model: the search result and the reader's language turned into what the
 * page shows (hits, chips, counts, page links, form options). Pure; the loader
 * (search-page.server.ts) fetches and calls these.
 */
import { formatDateRange, formatShortDay, INTL_LOCALES } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import type { Translate } from "~/modules/i18n/translator";
import { textLanguageOf, type OfferCardData } from "~/modules/offers/offer-cards.server";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import type { OptionGroup } from "~/modules/reference/reference-options.server";
import { dateOf } from "~/utils/calendar-days";
import type { Highlighted, SearchHit, SearchResult } from "./search-index";
import { DEFAULT_REQUEST, type ActiveFilter, type SearchRequest } from "./search-params";
import type { ReferenceNames, SearchPlace } from "./search-query.server";

/** An offer card (what every list of offers shows) plus what a search compares. */
export interface SearchHitView extends OfferCardData {
  id: string;
  /** The shown title with matched words marked. */
  titleMarks: Highlighted;
  periods: { start: string; end: string; text: string }[];
  languageLevel: string;
  /** Rounded kilometres from the chosen place. */
  distanceKm: number | null;
  /** Where the offer is (its place's coordinates), for the map beside the list. */
  point: { lat: number; lng: number };
}

export interface Chip {
  label: string;
  /** The search without this filter. */
  href: string;
}

function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALES[language]).format(value);
}

function formatDay(iso: string, language: Language): string {
  return formatShortDay(dateOf(iso), language);
}

/** "1 000+ offres" beyond the exact limit, "12 Angebote" below it. */
export function countText(t: Translate, language: Language, total: number, exact: boolean): string {
  const formatted = formatNumber(total, language);
  return exact ? t("search:count", { count: total, formatted }) : t("search:countAtLeast", { formatted });
}

export function toHitView(hit: SearchHit, language: Language, names: ReferenceNames): SearchHitView {
  const titleLanguage = textLanguageOf(hit, language);
  const title = titleFor(hit, language);
  const marks = titleLanguage === "de" ? hit.highlight.titleDe : hit.highlight.titleFr;
  const place = names.places.get(hit.placeKey);
  return {
    id: hit.id,
    number: hit.number,
    path: offerPath(hit, language),
    title,
    titleMarks: marks && marks.length > 0 ? marks : [{ text: title, match: false }],
    titleLanguage,
    company: hit.companyName,
    place: place ? localizedName(place, language) : hit.placeKey,
    country: hit.country,
    minWeeks: hit.minWeeks,
    maxWeeks: hit.maxWeeks,
    periods: hit.periods.map((period) => ({
      start: period.startsOn,
      end: period.endsOn,
      text: formatDateRange(dateOf(period.startsOn), dateOf(period.endsOn), language),
    })),
    languageLevel: hit.languageLevel,
    distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm),
    point: { lat: hit.latitude, lng: hit.longitude },
  };
}

export type FieldNames = Map<string, { nameDe: string; nameFr: string; nameEn: string }>;

/** What a chip says: the filter's value in the reader's words. */
export function chipLabel(
  filter: ActiveFilter,
  request: SearchRequest,
  context: { t: Translate; language: Language; fields: FieldNames; place: SearchPlace | null },
): string {
  const { t, language } = context;
  switch (filter.parameter) {
    case "fields": {
      const field = context.fields.get(filter.value);
      return field ? localizedName(field, language) : filter.value;
    }
    case "country":
      return t(`reference:country.${filter.value}`);
    case "place": {
      const name = context.place ? localizedName(context.place, language) : filter.value;
      return request.radiusKm === null ? name : t("search:chips.placeWithin", { place: name, km: request.radiusKm });
    }
    case "level":
      return t("search:chips.level", { level: filter.value });
    case "from":
      return t("search:chips.from", { date: formatDay(filter.value, language) });
    case "to":
      return t("search:chips.to", { date: formatDay(filter.value, language) });
    case "weeks":
      return t("search:chips.weeks", { count: Number(filter.value) });
    case "accommodation":
      return t(`offers:accommodation.${filter.value}`);
    case "minors":
      return filter.value === "yes" ? t("search:form.minorsYes") : t("search:form.minorsNo");
  }
}

/** The search with its text but no filters; a distance sort goes with the place. */
export function withoutFilters(search: SearchRequest): SearchRequest {
  return {
    ...DEFAULT_REQUEST,
    text: search.text,
    sort: search.sort === "distance" ? "relevance" : search.sort,
    perPage: search.perPage,
  };
}

/** Page links: the first, the last, and two either side of the current one; null marks a gap. */
export function pageWindow(current: number, count: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= count; page++) {
    if (page === 1 || page === count || Math.abs(page - current) <= 2) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

export function pageLinks(search: SearchRequest, pageCount: number, href: (target: SearchRequest) => string) {
  return pageWindow(search.page, pageCount).map((page) =>
    page === null ? null : { page, href: href({ ...search, page }), current: page === search.page },
  );
}

export function formOptions(
  result: SearchResult,
  language: Language,
  fields: { key: string; nameDe: string; nameFr: string; nameEn: string }[],
  places: OptionGroup[],
) {
  const { facets } = result;
  // Levels count cumulatively: at B1 a student can take every offer that asks for A1, A2 or B1.
  let upTo = 0;
  const levels = CEFR_LEVELS.map((level) => {
    upTo += facets.levels[level] ?? 0;
    return { value: level, count: upTo };
  });
  return {
    fields: fields.map((field) => ({
      value: field.key,
      label: localizedName(field, language),
      count: facets.fields[field.key] ?? 0,
    })),
    countries: (["DE", "FR"] as const).map((country) => ({ value: country, count: facets.countries[country] ?? 0 })),
    places,
    levels,
    accommodation: (["NONE", "HELP_FINDING", "PROVIDED"] as const).map((kind) => ({
      value: kind,
      count: facets.accommodation[kind] ?? 0,
    })),
    minors: facets.minorsWelcome,
  };
}
