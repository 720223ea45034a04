/**
 * A search as the app holds it, and as a URL writes it (`toSearchParams`, `searchString`), with
 * the filters it has. No parsing here, so pages can build search links without loading the
 * schemas that read a URL back (search-params.ts, which re-exports all of this).
 */
import { EMPTY_QUERY, EXACT_TOTAL_LIMIT, type AccommodationKind, type Country, type SearchQuery } from "./search-index";

/** The query the index takes, with the place as the URL names it (a key) instead of coordinates. */
export interface SearchRequest extends Omit<SearchQuery, "near" | "publishedAfter"> {
  /** A place key from the places table; null for anywhere. */
  place: string | null;
  /** Only with a place; null for any distance. */
  radiusKm: number | null;
}

/** What is wrong with a parameter: its name and the locale key of a message about it. */
export interface ParamProblem {
  parameter: string;
  message: string;
}

/** The parameters in the order they are checked and written. */
export const SEARCH_PARAMETERS = [
  "q",
  "fields",
  "country",
  "place",
  "radius",
  "level",
  "from",
  "to",
  "weeks",
  "accommodation",
  "minors",
  "sort",
  "page",
  "perPage",
] as const;
export type SearchParameter = (typeof SEARCH_PARAMETERS)[number];

export const DEFAULT_REQUEST: SearchRequest = {
  text: "",
  fields: [],
  countries: [],
  place: null,
  radiusKm: null,
  level: null,
  availableFrom: null,
  availableTo: null,
  weeks: null,
  accommodation: [],
  minorsWelcome: null,
  sort: EMPTY_QUERY.sort,
  page: 1,
  perPage: EMPTY_QUERY.perPage,
};

/** The radii the search page offers; the API takes any whole number up to the largest sensible one. */
export const RADII_KM = [10, 25, 50, 100, 200] as const;
export const MAX_RADIUS_KM = 500;
export const MAX_TEXT_LENGTH = 200;
export const ACCOMMODATION_KINDS = ["NONE", "HELP_FINDING", "PROVIDED"] as const satisfies readonly AccommodationKind[];
export const COUNTRY_CODES = ["DE", "FR"] as const satisfies readonly Country[];

/** The largest page number whose hits stay within the exact-total limit. */
export function lastReachablePage(perPage: number): number {
  return Math.max(1, Math.floor(EXACT_TOTAL_LIMIT / perPage));
}

/**
 * The parameters of a search, defaults left out, in a fixed order: the same search always gives
 * the same URL, which keeps links short and shareable.
 */
export function toSearchParams(request: SearchRequest): URLSearchParams {
  const params = new URLSearchParams();
  if (request.text.trim() !== "") params.set("q", request.text.trim());
  for (const field of request.fields) params.append("fields", field);
  for (const country of request.countries) params.append("country", country);
  if (request.place) params.set("place", request.place);
  if (request.place && request.radiusKm !== null) params.set("radius", String(request.radiusKm));
  if (request.level) params.set("level", request.level);
  if (request.availableFrom) params.set("from", request.availableFrom);
  if (request.availableTo) params.set("to", request.availableTo);
  if (request.weeks !== null) params.set("weeks", String(request.weeks));
  for (const kind of request.accommodation) params.append("accommodation", kind);
  if (request.minorsWelcome !== null) params.set("minors", request.minorsWelcome ? "yes" : "no");
  if (request.sort !== DEFAULT_REQUEST.sort) params.set("sort", request.sort);
  if (request.page !== 1) params.set("page", String(request.page));
  if (request.perPage !== DEFAULT_REQUEST.perPage) params.set("perPage", String(request.perPage));
  return params;
}

/** `?q=…` for a link, or "" for the plain list. */
export function searchString(request: SearchRequest): string {
  const query = toSearchParams(request).toString();
  return query ? `?${query}` : "";
}

/** One selected filter value, as a chip that can be removed. */
export interface ActiveFilter {
  parameter: Exclude<SearchParameter, "q" | "sort" | "page" | "perPage" | "radius">;
  /** The selected value as the URL writes it ("metal", "DE", "hannover", "2026-05-01", "4", "yes"). */
  value: string;
  /** The search without this value, back on the first page. */
  without: SearchRequest;
}

/**
 * The filters a search has, one entry per value of a repeatable filter. Dropping the place drops
 * its radius and a distance sort with it, which need the place.
 */
export function activeFilters(request: SearchRequest): ActiveFilter[] {
  const base: SearchRequest = { ...request, page: 1 };
  const filters: ActiveFilter[] = [];
  for (const field of request.fields)
    filters.push({
      parameter: "fields",
      value: field,
      without: { ...base, fields: request.fields.filter((f) => f !== field) },
    });
  for (const country of request.countries)
    filters.push({
      parameter: "country",
      value: country,
      without: { ...base, countries: request.countries.filter((c) => c !== country) },
    });
  if (request.place)
    filters.push({
      parameter: "place",
      value: request.place,
      without: {
        ...base,
        place: null,
        radiusKm: null,
        sort: request.sort === "distance" ? DEFAULT_REQUEST.sort : request.sort,
      },
    });
  if (request.level) filters.push({ parameter: "level", value: request.level, without: { ...base, level: null } });
  if (request.availableFrom)
    filters.push({ parameter: "from", value: request.availableFrom, without: { ...base, availableFrom: null } });
  if (request.availableTo)
    filters.push({ parameter: "to", value: request.availableTo, without: { ...base, availableTo: null } });
  if (request.weeks !== null)
    filters.push({ parameter: "weeks", value: String(request.weeks), without: { ...base, weeks: null } });
  for (const kind of request.accommodation)
    filters.push({
      parameter: "accommodation",
      value: kind,
      without: { ...base, accommodation: request.accommodation.filter((k) => k !== kind) },
    });
  if (request.minorsWelcome !== null)
    filters.push({
      parameter: "minors",
      value: request.minorsWelcome ? "yes" : "no",
      without: { ...base, minorsWelcome: null },
    });
  return filters;
}

/** Whether the search narrows anything down (text or a filter), as opposed to the plain list. */
export function isFiltered(request: SearchRequest): boolean {
  return request.text !== "" || activeFilters(request).length > 0;
}
