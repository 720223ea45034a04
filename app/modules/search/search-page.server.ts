import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import type { Translate } from "~/modules/i18n/translator";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { textLanguageOf, type TextLanguage } from "~/modules/offers/offer-cards.server";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import { formatDateRange, formatShortDay, INTL_LOCALES } from "~/modules/i18n/date-format";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { placeOptions, type OptionGroup } from "~/modules/reference/reference-options.server";
import { db } from "~/utils/db.server";
import type { Highlighted, SearchHit, SearchResult } from "./search-index";
import {
  activeFilters,
  DEFAULT_REQUEST,
  isFiltered,
  lastReachablePage,
  parseSearchParams,
  searchString,
  toSearchParams,
  type ActiveFilter,
  type SearchRequest,
} from "./search-params";
import {
  queryFor,
  referenceNamesFor,
  resolveSearch,
  type ReferenceNames,
  type SearchPlace,
} from "./search-query.server";
import { searchOffers } from "./search-service.server";
import { suggestSearch } from "./search-suggestion.server";
import { dateOf } from "~/utils/calendar-days";

/**
 * The loader of /:lang/offers, the search page. It reads the search leniently (a malformed
 * parameter is dropped and named in a notice, never an error page), runs it, and prepares
 * everything the page shows as text already in the reader's language: counts, chips, periods.
 * When nothing is found it also asks, per active filter, how many offers there would be without
 * it, and whether other spellings of the words would find some — only then, since those are
 * extra searches.
 */
/** At most this many "without <filter>" searches for an empty result. */
const MAX_ALTERNATIVES = 8;

export interface SearchHitView {
  id: string;
  number: number;
  path: string;
  title: string;
  /** The shown title with matched words marked. */
  titleMarks: Highlighted;
  titleLanguage: TextLanguage;
  company: string;
  place: string;
  country: "DE" | "FR";
  minWeeks: number;
  maxWeeks: number;
  periods: { start: string; end: string; text: string }[];
  languageLevel: string;
  /** Rounded kilometres from the chosen place. */
  distanceKm: number | null;
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
  };
}

type FieldNames = Map<string, { nameDe: string; nameFr: string; nameEn: string }>;

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

export async function searchPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const parsed = parseSearchParams(new URL(request.url).searchParams, { mode: "lenient" });
  let search = parsed.request;
  const problems = [...parsed.problems];
  let resolved = await resolveSearch(search);
  if (!resolved.ok) {
    // An unknown place is dropped like any other malformed parameter, with what depends on it.
    problems.push(resolved.problem);
    search = { ...search, place: null, radiusKm: null, sort: search.sort === "distance" ? "relevance" : search.sort };
    resolved = await resolveSearch(search);
    if (!resolved.ok) throw new Error("a search without a place cannot fail to resolve");
  }
  const { query, place } = resolved;
  const href = (target: SearchRequest) => `/${language}/offers${searchString(target)}`;

  const [result, allFields, places] = await Promise.all([
    searchOffers(query),
    db().occupationalField.findMany({
      orderBy: { sortOrder: "asc" },
      select: { key: true, nameDe: true, nameFr: true, nameEn: true },
    }),
    placeOptions(language),
  ]);
  const names = await referenceNamesFor(result.hits);
  const fieldNames: FieldNames = new Map(allFields.map((field) => [field.key, field]));
  const filters = activeFilters(search);
  const label = (filter: ActiveFilter) => chipLabel(filter, search, { t, language, fields: fieldNames, place });
  const chips: Chip[] = filters.map((filter) => ({ label: label(filter), href: href(filter.without) }));

  const empty = result.total === 0;
  const [alternatives, suggestion] = await Promise.all([
    empty ? countsWithout(filters.slice(0, MAX_ALTERNATIVES), place) : [],
    empty ? suggestSearch(query) : null,
  ]);
  const pageCount = Math.min(Math.ceil(result.total / search.perPage), lastReachablePage(search.perPage));

  const title = search.text
    ? t("search:titleWithText", { text: search.text })
    : search.page > 1
      ? t("search:titlePage", { page: search.page })
      : t("search:title");
  // The canonical address is the search in its one written form, whatever order the URL had.
  const canonical = new Request(new URL(href(search), request.url));

  return {
    meta: pageMetaInput(canonical, language, title, t("search:description"), { noindex: isFiltered(search) }),
    search,
    queryString: toSearchParams(search).toString(),
    /** What "save this search" keeps: the search without its page, when it narrows anything down. */
    savedQuery: isFiltered(search) ? toSearchParams({ ...search, page: 1 }).toString() : null,
    notices: problems.map((problem) => problem.message),
    count: countText(t, language, result.total, result.totalIsExact),
    total: result.total,
    page: search.page,
    pageCount,
    pages: pageLinks(search, pageCount, href),
    hits: result.hits.map((hit) => toHitView(hit, language, names)),
    chips,
    clearAll: chips.length > 1 ? href(withoutFilters(search)) : null,
    suggestion: suggestion ? { text: suggestion, href: href({ ...search, text: suggestion, page: 1 }) } : null,
    alternatives: alternatives.flatMap(({ filter, total }) =>
      total > 0 ? [{ label: label(filter), count: total, href: href(filter.without) }] : [],
    ),
    firstPage: href({ ...search, page: 1 }),
    allOffers: `/${language}/offers`,
    options: formOptions(result, language, allFields, places),
  };

  async function countsWithout(list: ActiveFilter[], around: SearchPlace | null) {
    const answers = await Promise.all(
      list.map((filter) =>
        searchOffers({
          ...queryFor(filter.without, filter.parameter === "place" ? null : around),
          page: 1,
          perPage: 1,
        }),
      ),
    );
    return list
      .map((filter, index) => ({ filter, total: answers[index]?.total ?? 0 }))
      .sort((a, b) => b.total - a.total);
  }
}

export type SearchPageData = Awaited<ReturnType<typeof searchPageLoader>>;

/** The search with its text but no filters; a distance sort goes with the place. */
function withoutFilters(search: SearchRequest): SearchRequest {
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

function pageLinks(search: SearchRequest, pageCount: number, href: (target: SearchRequest) => string) {
  return pageWindow(search.page, pageCount).map((page) =>
    page === null ? null : { page, href: href({ ...search, page }), current: page === search.page },
  );
}

function formOptions(
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
