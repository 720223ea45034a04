import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { describeSearchIndexContract, contractOffer } from "./search-contract";
import { EMPTY_QUERY, type SearchQuery } from "./search-index";
import { PostgresSearchIndex } from "./postgres-search-index.server";

/**
 * The PostgreSQL adapter reaches the hits of a text search either by walking an index in order or
 * by gathering every match (postgres-search-hits.ts), depending on how dense the matches are.
 * Both ways must give the same pages: the contract runs again with each forced, and the tiers
 * of relevance are checked with both.
 */
const ALWAYS_GATHER = { walkRows: 0 };
const ALWAYS_WALK = { walkRows: Number.POSITIVE_INFINITY };

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
