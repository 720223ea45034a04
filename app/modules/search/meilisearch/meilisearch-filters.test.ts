import { describe, expect, it } from "vitest";
import { isoDay } from "~/utils/calendar-days";
import { availableByDefinition, randomPeriods, seeded } from "../../../../test/support/availability-definition";
import { toMeiliDocuments, type MeiliOfferDocument } from "./meilisearch-documents";
import { dayNumber } from "~/utils/calendar-days";
import {
  availabilityFilters,
  facetsFrom,
  offersFilter,
  planSearch,
  quote,
  sortFor,
  stalePeriodsFilter,
} from "./meilisearch-filters";
import { EMPTY_QUERY, type SearchDocument, type SearchQuery } from "~/modules/search/search-index";

const query = (changes: Partial<SearchQuery>): SearchQuery => ({ ...EMPTY_QUERY, ...changes });

/**
 * Enough of Meilisearch's filter language to run the comparisons these filters produce against
 * documents: `attr <op> number` and `attr = true|false`. Anything else fails the test.
 */
function matches(document: MeiliOfferDocument, filter: string): boolean {
  const comparison = /^(\w+) (>=|<=|<|>|=) (-?\d+|true|false)$/.exec(filter);
  if (!comparison) throw new Error(`The test cannot evaluate ${filter}`);
  const [, attribute, operator, raw] = comparison;
  const value = (document as unknown as Record<string, unknown>)[attribute!];
  if (raw === "true" || raw === "false") return operator === "=" && value === (raw === "true");
  if (typeof value !== "number") return false;
  const limit = Number(raw);
  return operator === ">="
    ? value >= limit
    : operator === "<="
      ? value <= limit
      : operator === "<"
        ? value < limit
        : operator === ">"
          ? value > limit
          : value === limit;
}

function offer(minWeeks: number, periods: [string, string][]): SearchDocument {
  return {
    id: "offer",
    number: 1,
    titleDe: "Praktikum",
    titleFr: null,
    descriptionDe: null,
    descriptionFr: null,
    companyName: "Firma",
    fieldKeys: [],
    fieldNames: [],
    placeKey: "kehl",
    placeNameDe: "Kehl",
    placeNameFr: "Kehl",
    country: "DE",
    latitude: 48.57,
    longitude: 7.81,
    languageLevel: "A2",
    minWeeks,
    maxWeeks: minWeeks + 4,
    accommodation: "NONE",
    minorsWelcome: false,
    minAge: 16,
    periods: periods.map(([startsOn, endsOn]) => ({ startsOn, endsOn, places: 1 })),
    publishedAt: "2026-01-01T00:00:00.000Z",
  };
}

function availableByFilters(document: SearchDocument, q: SearchQuery) {
  const filters = availabilityFilters(q);
  return toMeiliDocuments(document).some((meili) => filters.every((filter) => matches(meili, filter)));
}

describe("quote", () => {
  it("escapes quotes and backslashes inside filter values", () => {
    expect(quote("metal")).toBe('"metal"');
    expect(quote('say "hi"')).toBe('"say \\"hi\\""');
    expect(quote("back\\slash")).toBe('"back\\\\slash"');
    expect(quote('\\"')).toBe('"\\\\\\""');
  });
});

describe("availabilityFilters", () => {
  const twoBlocks = offer(3, [
    ["2026-05-04", "2026-05-15"],
    ["2026-09-01", "2026-10-31"],
  ]);

  it("needs one period to hold the whole stay, not an early start in one and a late end in another", () => {
    // May 10 – Sep 10: the May block starts early enough, the autumn block ends late enough,
    // but neither overlaps the window by three weeks.
    const q = query({ availableFrom: "2026-05-10", availableTo: "2026-09-10" });
    expect(availableByFilters(twoBlocks, q)).toBe(false);
    expect(availableByFilters(twoBlocks, { ...q, availableTo: "2026-09-18" })).toBe(false);
    expect(availableByFilters(twoBlocks, { ...q, availableTo: "2026-09-19" })).toBe(true);
  });

  it("uses the wanted weeks instead of the offer's minimum when given", () => {
    const q = query({ availableFrom: "2026-09-01", availableTo: "2026-12-31" });
    // The autumn block has 61 days: nine weeks less the weekend grace fit, ten do not.
    expect(availableByFilters(twoBlocks, { ...q, weeks: 9 })).toBe(true);
    expect(availableByFilters(twoBlocks, { ...q, weeks: 10 })).toBe(false);
  });

  it("matches nothing when the window is shorter than the stay, and offers without periods never", () => {
    const short = query({ availableFrom: "2026-09-01", availableTo: "2026-09-10", weeks: 2 });
    expect(availableByFilters(twoBlocks, short)).toBe(false);
    expect(availableByFilters(offer(1, []), query({ availableFrom: "2026-01-01" }))).toBe(false);
    expect(availabilityFilters(EMPTY_QUERY)).toEqual([]);
    const backwards = query({ availableFrom: "2026-10-01", availableTo: "2026-09-01" });
    expect(availableByFilters(twoBlocks, backwards)).toBe(false);
  });

  it("agrees with the definition for every kind of window, open or closed", () => {
    // A deterministic pseudo-random walk over periods, minimums, windows and durations.
    const next = seeded(42);
    const base = dayNumber("2026-01-01");
    let checked = 0;
    let available = 0;
    for (let round = 0; round < 3000; round++) {
      const periods = randomPeriods(next, base, 4);
      const document = offer(1 + next(6), periods);
      const from = next(4) === 0 ? null : base + next(220);
      const to = next(4) === 0 ? null : (from ?? base) + next(90) - 10;
      const weeks = next(3) === 0 ? null : 1 + next(8);
      const q = query({
        availableFrom: from === null ? null : isoDay(from),
        availableTo: to === null ? null : isoDay(to),
        weeks,
      });
      if (from === null && to === null) continue;
      expect(
        availableByFilters(document, q),
        JSON.stringify({ periods, from, to, weeks, min: document.minWeeks }),
      ).toBe(availableByDefinition(document, from, to, weeks));
      checked++;
      if (availableByDefinition(document, from, to, weeks)) available++;
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(checked).toBeGreaterThan(2000);
    expect(available).toBeGreaterThan(checked / 10);
    expect(available).toBeLessThan(checked * 0.9);
  });
});

describe("planSearch", () => {
  it("sends one request with all filters when no facet value is selected", () => {
    const plan = planSearch(query({ text: "  Koch ", weeks: 4, page: 2, perPage: 10 }));
    expect(plan.requests).toHaveLength(1);
    expect(plan.requests[0]).toMatchObject({
      q: "Koch",
      filter: ["minWeeks <= 4", "maxWeeks >= 4"],
      facets: ["fieldKeys", "country", "languageLevel", "accommodation", "minorsWelcome"],
      page: 2,
      hitsPerPage: 10,
      attributesToHighlight: ["titleDe", "titleFr"],
    });
    expect(plan.requests[0]).not.toHaveProperty("sort");
  });

  it("counts each selected facet group without its own filter but with all the others", () => {
    const plan = planSearch(
      query({
        fields: ["metal", "wood"],
        countries: ["FR"],
        level: "B1",
        minorsWelcome: true,
        near: { latitude: 48.5, longitude: 7.7, radiusKm: 25 },
      }),
    );
    const geo = "_geoRadius(48.5, 7.7, 25000)";
    const fields = 'fieldKeys IN ["metal", "wood"]';
    const country = 'country IN ["FR"]';
    const level = "levelRank <= 2";
    const minors = "minorsWelcome = true";
    const [main, ...counting] = plan.requests;
    expect(main?.filter).toEqual([fields, country, level, minors, geo]);
    expect(main?.facets).toEqual(["accommodation"]);
    expect(counting.map((request) => [request.facets, request.filter, request.hitsPerPage, request.page])).toEqual([
      [["fieldKeys"], [country, level, minors, geo], 0, 1],
      [["country"], [fields, level, minors, geo], 0, 1],
      [["languageLevel"], [fields, country, minors, geo], 0, 1],
      [["minorsWelcome"], [fields, country, level, geo], 0, 1],
    ]);
    expect(plan.facetSource).toEqual({ fields: 1, countries: 2, levels: 3, accommodation: 0, minorsWelcome: 4 });
  });

  it("keeps the page size within bounds", () => {
    expect(planSearch(query({ perPage: 500, page: 0 })).requests[0]).toMatchObject({ hitsPerPage: 50, page: 1 });
  });

  it("filters by publication instant", () => {
    const [main] = planSearch(query({ publishedAfter: "2026-03-01T00:00:00.000Z" })).requests;
    expect(main?.filter).toEqual([`publishedAtMs > ${Date.parse("2026-03-01T00:00:00.000Z")}`]);
  });
});

describe("sortFor", () => {
  it("sorts newest, earliest start, and by distance only around a place", () => {
    expect(sortFor(query({ sort: "newest" }))).toEqual(["publishedAtMs:desc", "offerId:asc"]);
    expect(sortFor(query({ sort: "start" }))).toEqual(["firstStartDay:asc", "offerId:asc"]);
    expect(sortFor(query({ sort: "distance" }))).toBeUndefined();
    expect(sortFor(query({ sort: "distance", near: { latitude: 49.44, longitude: 1.09, radiusKm: null } }))).toEqual([
      "_geoPoint(49.44, 1.09):asc",
      "offerId:asc",
    ]);
    expect(sortFor(query({ sort: "relevance" }))).toBeUndefined();
  });
});

describe("facetsFrom", () => {
  it("takes each group's counts from the request that left its filter out", () => {
    const plan = planSearch(query({ fields: ["metal"] }));
    const facets = facetsFrom(plan, [
      { fieldKeys: { metal: 1 }, country: { DE: 1 }, minorsWelcome: { true: 1 }, languageLevel: { A2: 1 } },
      { fieldKeys: { metal: 1, wood: 3 } },
    ]);
    expect(facets).toEqual({
      fields: { metal: 1, wood: 3 },
      countries: { DE: 1 },
      levels: { A2: 1 },
      accommodation: {},
      minorsWelcome: { yes: 1, no: 0 },
    });
  });
});

describe("document maintenance filters", () => {
  it("selects all documents of offers, and the periods an offer no longer has", () => {
    expect(offersFilter(["a", "b"])).toBe('offerId IN ["a", "b"]');
    expect(
      stalePeriodsFilter([
        { id: "a", documentCount: 2 },
        { id: "b", documentCount: 1 },
      ]),
    ).toBe('(offerId = "a" AND periodIndex >= 2) OR (offerId = "b" AND periodIndex >= 1)');
  });
});
