/**
 * A SearchQuery as Meilisearch searches: filter expressions and the multi-search that also
 * counts facets. Pure; the adapter sends the requests and hands the answers back to `facetsFrom`.
 */
import type { FacetDistribution, SearchParams } from "meilisearch";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, levelRank, RETRIEVED_ATTRIBUTES } from "./meilisearch-documents";
import { neededDays } from "~/modules/search/search-periods";
import { dayNumber } from "~/utils/calendar-days";
import {
  FACET_GROUPS,
  MAX_PER_PAGE,
  type FacetGroup,
  type SearchFacets,
  type SearchQuery,
} from "~/modules/search/search-index";

/** A value inside a filter, quoted and escaped: `"a\"b"`. Meilisearch unescapes `\"` and `\\`. */
export function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

function number(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number in a search filter: ${value}`);
  return String(value);
}

function anyOf(attribute: string, values: readonly string[]): string | null {
  return values.length === 0 ? null : `${attribute} IN [${values.map(quote).join(", ")}]`;
}

/** The filters that have facet counts, and the attribute each one counts. */
export const FACET_ATTRIBUTES: Record<FacetGroup, string> = {
  fields: "fieldKeys",
  countries: "country",
  levels: "languageLevel",
  accommodation: "accommodation",
  minorsWelcome: "minorsWelcome",
};

/** Each facet group's own filter, or null when nothing of it is selected. */
export function facetGroupFilters(query: SearchQuery): Record<FacetGroup, string | null> {
  return {
    fields: anyOf("fieldKeys", query.fields),
    countries: anyOf("country", query.countries),
    levels: query.level === null ? null : `levelRank <= ${levelRank(query.level)}`,
    accommodation: anyOf("accommodation", query.accommodation),
    minorsWelcome: query.minorsWelcome === null ? null : `minorsWelcome = ${query.minorsWelcome}`,
  };
}

/** Never true: every period has at least one day, and documents without periods have no length. */
const MATCHES_NOTHING = "periodDays < 0";

/**
 * "Available between two days": some availability range overlaps the window by at least the
 * days the stay needs (`weeks`, or else the offer's own minimum, less the weekend grace). For a
 * range [s, e] and a window [f, t] the overlap min(e, t) − max(s, f) + 1 is at least `need`
 * exactly when all four differences e − s, e − f, t − s and t − f are at least need − 1. Each
 * difference becomes one comparison on the range's own document (meilisearch-documents.ts), so
 * the test is exact, not an approximation. A missing end of the window is open.
 */
export function availabilityFilters(query: SearchQuery): string[] {
  const from = query.availableFrom === null ? null : dayNumber(query.availableFrom);
  const to = query.availableTo === null ? null : dayNumber(query.availableTo);
  if (from === null && to === null) return [];
  if (from !== null && to !== null && to < from) return [MATCHES_NOTHING];
  if (query.weeks !== null) {
    const need = neededDays(query.weeks);
    if (from !== null && to !== null && to - from + 1 < need) return [MATCHES_NOTHING];
    return [
      `periodDays >= ${number(need)}`,
      ...(from === null ? [] : [`periodEndDay >= ${number(from + need - 1)}`]),
      ...(to === null ? [] : [`periodStartDay <= ${number(to - need + 1)}`]),
    ];
  }
  // The need differs per offer (its minimum), so the documents carry the shifted bounds; the
  // window itself must be long enough too: 7·minWeeks − 2 ≤ t − f + 1.
  return [
    "periodFitsMinimum = true",
    ...(from === null ? [] : [`periodLatestFromDay >= ${number(from)}`]),
    ...(to === null ? [] : [`periodEarliestToDay <= ${number(to)}`]),
    ...(from !== null && to !== null ? [`minWeeks <= ${number(Math.floor((to - from + 1 + 2) / 7))}`] : []),
  ];
}

/** Filters without facet counts: place and radius, dates, duration, publication. */
export function otherFilters(query: SearchQuery): string[] {
  const filters: string[] = [];
  if (query.near && query.near.radiusKm !== null) {
    const { latitude, longitude, radiusKm } = query.near;
    filters.push(`_geoRadius(${number(latitude)}, ${number(longitude)}, ${number(Math.round(radiusKm * 1000))})`);
  }
  filters.push(...availabilityFilters(query));
  if (query.weeks !== null) filters.push(`minWeeks <= ${number(query.weeks)}`, `maxWeeks >= ${number(query.weeks)}`);
  if (query.publishedAfter !== null) filters.push(`publishedAtMs > ${number(Date.parse(query.publishedAfter))}`);
  return filters;
}

/**
 * A chosen order is total, like PostgreSQL's: equal dates or distances fall back to the offer
 * id, so both engines page through ties the same way.
 */
export function sortFor(query: SearchQuery): string[] | undefined {
  const then = "offerId:asc";
  switch (query.sort) {
    case "newest":
      return ["publishedAtMs:desc", then];
    case "start":
      return ["firstStartDay:asc", then];
    case "distance":
      // Without a place there is no distance: relevance it is.
      return query.near
        ? [`_geoPoint(${number(query.near.latitude)}, ${number(query.near.longitude)}):asc`, then]
        : undefined;
    case "relevance":
      return undefined;
  }
}

export function pageOf(query: SearchQuery): { page: number; perPage: number } {
  const perPage = Math.min(MAX_PER_PAGE, Math.max(1, Math.trunc(query.perPage) || 1));
  return { page: Math.max(1, Math.trunc(query.page) || 1), perPage };
}

export type SearchRequest = SearchParams & { q: string; filter: string[]; page: number; hitsPerPage: number };

export interface SearchPlan {
  /** Request 0 brings the hits; the others only count a facet group without its own filter. */
  requests: SearchRequest[];
  /** Which request's facet distribution counts each group. */
  facetSource: Record<FacetGroup, number>;
}

/**
 * Disjunctive facets: the main request applies every filter and counts the groups nothing is
 * selected in. Each group with a selection gets one more request with every filter except its
 * own, so ticking "Metal" still shows how many offers "Wood" would add. All go in one
 * multi-search round trip. Counting requests use page mode too: only then does Meilisearch fold
 * the per-period documents into offers before counting.
 */
export function planSearch(query: SearchQuery): SearchPlan {
  const groups = facetGroupFilters(query);
  const others = otherFilters(query);
  const q = query.text.trim();
  const filtersWithout = (skip: FacetGroup | null) => [
    ...FACET_GROUPS.filter((group) => group !== skip).flatMap((group) => groups[group] ?? []),
    ...others,
  ];
  const { page, perPage } = pageOf(query);
  const sort = sortFor(query);
  const main: SearchRequest = {
    q,
    filter: filtersWithout(null),
    facets: FACET_GROUPS.filter((group) => groups[group] === null).map((group) => FACET_ATTRIBUTES[group]),
    page,
    hitsPerPage: perPage,
    ...(sort ? { sort } : {}),
    matchingStrategy: "all",
    attributesToRetrieve: [...RETRIEVED_ATTRIBUTES],
    attributesToHighlight: ["titleDe", "titleFr"],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
  const requests = [main];
  const facetSource = {} as Record<FacetGroup, number>;
  for (const group of FACET_GROUPS) {
    if (groups[group] === null) {
      facetSource[group] = 0;
      continue;
    }
    facetSource[group] = requests.length;
    requests.push({
      q,
      filter: filtersWithout(group),
      facets: [FACET_ATTRIBUTES[group]],
      page: 1,
      hitsPerPage: 0,
      matchingStrategy: "all",
      attributesToRetrieve: ["offerId"],
    });
  }
  return { requests, facetSource };
}

/** Facet counts from the answers to `plan.requests`, in the same order. */
export function facetsFrom(plan: SearchPlan, distributions: readonly (FacetDistribution | undefined)[]): SearchFacets {
  const counts = (group: FacetGroup): Record<string, number> => ({
    ...distributions[plan.facetSource[group]]?.[FACET_ATTRIBUTES[group]],
  });
  const minors = counts("minorsWelcome");
  return {
    fields: counts("fields"),
    countries: counts("countries"),
    levels: counts("levels"),
    accommodation: counts("accommodation"),
    minorsWelcome: { yes: minors["true"] ?? 0, no: minors["false"] ?? 0 },
  };
}

/** Every document of these offers. */
export function offersFilter(offerIds: readonly string[]): string {
  return `offerId IN [${offerIds.map(quote).join(", ")}]`;
}

/**
 * Documents left over from periods an offer no longer has: after re-adding an offer with n
 * periods (ids `_0` … `_n-1`), those with a higher index. Removing them after the addition, not
 * before, means a search never misses the offer in between.
 */
export function stalePeriodsFilter(offers: readonly { id: string; documentCount: number }[]): string {
  return offers
    .map((offer) => `(offerId = ${quote(offer.id)} AND periodIndex >= ${number(offer.documentCount)})`)
    .join(" OR ");
}
