import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { describeSearchIndexContract, contractOffer } from "../../../../test/support/search-contract";
import { EMPTY_QUERY, type SearchQuery } from "~/modules/search/search-index";
import type { WalkPolicy } from "./postgres-search-hits";
import { PostgresSearchIndex } from "./postgres-search-index.server";

/**
 * The PostgreSQL adapter reaches the hits of a text search either by walking an index in order or
 * by gathering every match (postgres-search-hits.ts), depending on how dense the matches are.
 * Both ways must give the same pages: the contract runs again with each forced, and the tiers
 * of relevance are checked with both.
 */
const gatherAll: WalkPolicy = { rows: 0, gatheredPerWalked: Number.POSITIVE_INFINITY, bound: "auto" };
const walkAll: WalkPolicy = { rows: Number.POSITIVE_INFINITY, gatheredPerWalked: 1, bound: null };
/** Gathers every tier, each from its text's GIN index, never from the rows a place keeps. */
const ALWAYS_GATHER = { walk: gatherAll, fewRows: 0 };
const ALWAYS_WALK = { walk: walkAll };
/** Every segment walks but gives up after three rows, so most of them hand over to gathering. */
const WALK_THEN_GATHER = { walk: { ...walkAll, bound: 3 } };

describeSearchIndexContract(
  "PostgreSQL, gathering every match",
  async () => new PostgresSearchIndex(db(), ALWAYS_GATHER),
);
describeSearchIndexContract(
  "PostgreSQL, walking the sort order",
  async () => new PostgresSearchIndex(db(), ALWAYS_WALK),
);

const logistics = { fieldKeys: ["logistics"], fieldNames: ["Lager, Logistik, Verkehr", "Logistique & transport"] };
const RANKED = [
  contractOffer(1, { titleDe: "Logistik im Hafen", publishedAt: "2026-01-10T10:00:00.000Z" }),
  contractOffer(2, { titleDe: "Logistik und Versand", publishedAt: "2026-05-10T10:00:00.000Z" }),
  contractOffer(3, { titleDe: "Lagerarbeit", ...logistics, publishedAt: "2026-09-10T10:00:00.000Z" }),
  contractOffer(4, {
    titleDe: "Büroarbeit",
    descriptionDe: "Sie unterstützen unsere Logistik bei der Planung.",
    publishedAt: "2026-10-10T10:00:00.000Z",
  }),
  contractOffer(5, { titleDe: "Verkauf", companyName: "Logistik Meyer", publishedAt: "2026-11-10T10:00:00.000Z" }),
  contractOffer(6, { titleDe: "Tischlerei", publishedAt: "2026-11-20T10:00:00.000Z" }),
  contractOffer(7, { titleDe: "Logistik am Flughafen", country: "FR", publishedAt: "2026-03-10T10:00:00.000Z" }),
];

describe.each([
  ["gathering every match", ALWAYS_GATHER],
  ["walking the sort order", ALWAYS_WALK],
  ["choosing by density", undefined],
])("PostgreSQL relevance, %s", (_, options) => {
  let index: PostgresSearchIndex;
  const numbers = async (query: Partial<SearchQuery>) =>
    (await index.search({ ...EMPTY_QUERY, ...query })).hits.map((hit) => hit.number);

  beforeAll(async () => {
    index = new PostgresSearchIndex(db(), options);
    await index.prepare();
    await index.rebuild(
      (async function* () {
        yield RANKED;
      })(),
    );
  });

  it("ranks title matches, then the named field, then the description, then the company; newest first in each", async () => {
    expect(await numbers({ text: "Logistik" })).toEqual([2, 7, 1, 3, 4, 5]);
  });

  it("continues the same order from page to page, across the tiers", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => numbers({ text: "Logistik", perPage: 2, page })));
    expect(pages).toEqual([[2, 7], [1, 3], [4, 5], []]);
  });

  it("applies the filters in every tier", async () => {
    expect(await numbers({ text: "Logistik", countries: ["DE"] })).toEqual([2, 1, 3, 4, 5]);
    expect(await numbers({ text: "Logistik", countries: ["FR"] })).toEqual([7]);
    expect(await numbers({ text: "Logistik", fields: ["logistics"] })).toEqual([3]);
  });

  it("sorts the matches by newest or earliest start when asked, whatever their tier", async () => {
    expect(await numbers({ text: "Logistik", sort: "newest" })).toEqual([5, 4, 3, 2, 7, 1]);
    expect(await numbers({ text: "Logistik", sort: "newest", perPage: 4, page: 2 })).toEqual([7, 1]);
  });
});

/**
 * Three hundred offers where some words are in most titles, most descriptions or many company
 * names, with ties in publication time, offers on both sides and periods all through the year:
 * every way of reaching the hits must give the same pages for every sort and filter.
 */
const MIXED = Array.from({ length: 300 }, (_, i) => {
  const french = i % 4 === 0;
  const start = new Date(Date.UTC(2027, 0, 4 + ((i * 37) % 300)));
  const end = new Date(start.getTime() + 27 * 86_400_000);
  return contractOffer(1000 + i, {
    titleDe: french ? null : `${i % 3 === 0 ? "Praktikum" : "Ausbildung"} ${i % 7 === 0 ? "Logistik" : "Werkstatt"}`,
    titleFr: french ? `Stage ${i % 5 === 0 ? "logistique" : "atelier"}` : null,
    descriptionDe: i % 3 !== 2 ? "Du arbeitest in deiner Werkstatt mit dem Team." : "Ein ruhiger Arbeitsplatz.",
    companyName: i % 10 < 3 ? `Hafen ${i} GmbH` : `Betrieb ${i}`,
    ...(i % 7 === 0 ? logistics : {}),
    country: french ? "FR" : "DE",
    ...(french ? { latitude: 49.443, longitude: 1.089, placeKey: "rouen" } : {}),
    periods:
      i % 11 === 0
        ? []
        : [{ startsOn: start.toISOString().slice(0, 10), endsOn: end.toISOString().slice(0, 10), places: 1 }],
    publishedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3))).toISOString(),
  });
});

describe("PostgreSQL hits, every way of reaching them", () => {
  const modes = { ALWAYS_GATHER, ALWAYS_WALK, WALK_THEN_GATHER, DEFAULT: undefined };
  const indexes = new Map<string, PostgresSearchIndex>();

  beforeAll(async () => {
    for (const [name, options] of Object.entries(modes)) indexes.set(name, new PostgresSearchIndex(db(), options));
    const first = indexes.get("DEFAULT") as PostgresSearchIndex;
    await first.prepare();
    await first.rebuild(
      (async function* () {
        yield MIXED;
      })(),
    );
  });

  const near = { latitude: 52.37, longitude: 9.733, radiusKm: 400 };
  const filters: Partial<SearchQuery>[] = [
    {},
    { countries: ["FR"] },
    { availableFrom: "2027-06-01", availableTo: "2027-07-15" },
    { near },
    { publishedAfter: "2026-03-01T00:00:00.000Z", countries: ["DE"] },
  ];
  it.each(["praktikum", "werkstatt", "gmbh", "logistik", "hafen", "log", "stage"])(
    "gives the same pages, totals and facets for “%s” whichever way each tier is read",
    async (text) => {
      for (const sort of ["relevance", "newest", "start", "distance"] as const) {
        for (const filter of filters) {
          const around = sort === "distance" ? { near: { ...near, radiusKm: null } } : {};
          const query = { ...EMPTY_QUERY, text, sort, ...around, ...filter, perPage: 7 };
          // The hits of two pages, with the total and the facets counted beside them.
          const pages = async (index: PostgresSearchIndex) =>
            Promise.all(
              [1, 2].map(async (page) => {
                const result = await index.search({ ...query, page });
                return { hits: result.hits.map((hit) => hit.number), total: result.total, facets: result.facets };
              }),
            );
          const expected = await pages(indexes.get("ALWAYS_GATHER") as PostgresSearchIndex);
          if (Object.keys(filter).length === 0) expect(expected[1]?.hits).toHaveLength(7);
          for (const name of ["ALWAYS_WALK", "WALK_THEN_GATHER", "DEFAULT"]) {
            expect(
              await pages(indexes.get(name) as PostgresSearchIndex),
              `${name} ${sort} ${JSON.stringify(filter)}`,
            ).toEqual(expected);
          }
        }
      }
    },
  );
});
