import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { documentCount, HIGHLIGHT_POST, HIGHLIGHT_PRE, toMeiliDocuments } from "./meilisearch-documents";
import { MeilisearchIndex } from "./meilisearch-index.server";
import { indexSettings } from "./meilisearch-settings";
import { startMeilisearchStandIn, type MeilisearchStandIn } from "../../../../test/support/meilisearch-stand-in";
import { CONTRACT_OFFERS } from "../../../../test/support/search-contract";
import { EMPTY_QUERY, type SearchDocument } from "~/modules/search/search-index";

/**
 * What the adapter asks of Meilisearch, in which order, checked against a recording stand-in for
 * its HTTP API (meilisearch-stand-in.ts). Whether Meilisearch then searches as the port promises
 * is the contract suite's job (meilisearch-index.server.test.ts, with MEILISEARCH_URL).
 */
let meili: MeilisearchStandIn;
let url: string;

beforeAll(async () => {
  meili = await startMeilisearchStandIn();
  url = meili.url;
});

afterAll(() => meili.close());

beforeEach(() => meili.reset());

const summary = () => meili.calls.map((call) => `${call.method} ${call.path}`);
const [first, second] = CONTRACT_OFFERS as [SearchDocument, SearchDocument];

describe("MeilisearchIndex requests", () => {
  it("creates the index and applies the settings before anything else, once per process", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    expect(meili.calls).toEqual([
      { method: "POST", path: "/indexes", body: { uid: "offers", primaryKey: "id" } },
      { method: "PATCH", path: "/indexes/offers/settings", body: indexSettings() },
    ]);
    // Preparing again (a restart) tolerates the existing index.
    await new MeilisearchIndex({ url, indexName: "offers" }).prepare();
    await index.upsert([first]);
    expect(summary().slice(2)).toEqual([
      "POST /indexes",
      "PATCH /indexes/offers/settings",
      "POST /indexes/offers/documents",
      "POST /indexes/offers/documents/delete",
    ]);
  });

  it("adds an offer's period documents, then deletes those of periods it lost", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    const twoPeriods = {
      ...second,
      periods: [
        { startsOn: "2027-03-01", endsOn: "2027-03-26", places: 1 },
        { startsOn: "2027-09-06", endsOn: "2027-10-01", places: 1 },
      ],
    };
    await index.upsert([first, twoPeriods, { ...first, titleDe: "neuer Titel" }]);
    const [add, remove] = meili.calls.slice(2);
    expect(add?.path).toBe("/indexes/offers/documents");
    // The later version of a repeated offer wins.
    expect(add?.body).toEqual([
      ...toMeiliDocuments({ ...first, titleDe: "neuer Titel" }),
      ...toMeiliDocuments(twoPeriods),
    ]);
    expect(remove?.body).toEqual({
      filter: `(offerId = "${first.id}" AND periodIndex >= 1) OR (offerId = "${second.id}" AND periodIndex >= 2)`,
    });
    await index.remove([first.id, first.id]);
    expect(meili.calls.at(-1)?.body).toEqual({ filter: `offerId IN ["${first.id}"]` });
  });

  it("rebuilds into a fresh index with the live synonyms, swaps it in and deletes the old one", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    meili.calls = [];
    const done: number[] = [];
    await index.rebuild(
      (async function* () {
        yield [first];
        yield [second];
      })(),
      (count) => done.push(count),
    );
    const fresh = /^\/indexes\/(offers_\d+)\//.exec(meili.calls[3]?.path ?? "")?.[1];
    expect(fresh).toBeDefined();
    expect(summary()).toEqual([
      "GET /indexes/offers",
      "GET /indexes/offers/settings/synonyms",
      "POST /indexes",
      `PATCH /indexes/${fresh}/settings`,
      `PUT /indexes/${fresh}/settings/synonyms`,
      `POST /indexes/${fresh}/documents`,
      `POST /indexes/${fresh}/documents`,
      "POST /swap-indexes",
      `DELETE /indexes/${fresh}`,
    ]);
    expect(meili.calls[4]?.body).toEqual({ koch: ["cuisinier"] });
    expect(meili.calls[7]?.body).toEqual([{ indexes: [fresh, "offers"], rename: false }]);
    expect(done).toEqual([1, 2]);
  });

  it("renames the fresh index when there is no live one yet", async () => {
    await new MeilisearchIndex({ url, indexName: "offers" }).rebuild(
      (async function* () {
        yield [first];
      })(),
    );
    const swap = meili.calls.find((call) => call.path === "/swap-indexes");
    expect(swap?.body).toEqual([{ indexes: [expect.stringMatching(/^offers_\d+$/), "offers"], rename: true }]);
    expect(summary().at(-1)).toBe("POST /swap-indexes");
    expect([...meili.indexes.keys()]).toEqual(["offers"]);
  });

  it("leaves the live index alone and removes the half-built one when a batch fails", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    const batches = (async function* () {
      const fresh = [...meili.indexes.keys()].find((name) => name !== "offers");
      meili.failing.set(`/indexes/${fresh}/documents`, "invalid_document_geo_field");
      yield [first];
    })();
    await expect(index.rebuild(batches)).rejects.toThrow(/invalid_document_geo_field/);
    expect(summary()).not.toContain("POST /swap-indexes");
    expect([...meili.indexes.keys()]).toEqual(["offers"]);
  });

  it("searches in one multi-search round trip and reads hits, total and facets", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    const [document] = toMeiliDocuments(first);
    meili.multiSearchAnswer = {
      results: [
        {
          indexUid: "offers",
          hits: [{ ...document, _formatted: { titleDe: `Praktikum ${HIGHLIGHT_PRE}Mecha${HIGHLIGHT_POST}tronik` } }],
          totalHits: 1,
          facetDistribution: { country: { DE: 1 }, minorsWelcome: { true: 1 } },
        },
        { indexUid: "offers", hits: [], totalHits: 2, facetDistribution: { fieldKeys: { mechatronics: 2, wood: 1 } } },
      ],
    };
    const result = await index.search({ ...EMPTY_QUERY, text: "Mecha", fields: ["mechatronics"] });
    const [call] = meili.calls;
    expect(call?.path).toBe("/multi-search");
    const queries = (call?.body as { queries: { indexUid: string; filter: string[] }[] }).queries;
    expect(queries.map((query) => [query.indexUid, query.filter])).toEqual([
      ["offers", ['fieldKeys IN ["mechatronics"]']],
      ["offers", []],
    ]);
    expect(result).toMatchObject({
      total: 1,
      totalIsExact: true,
      page: 1,
      perPage: 20,
      facets: { fields: { mechatronics: 2, wood: 1 }, countries: { DE: 1 }, minorsWelcome: { yes: 1, no: 0 } },
    });
    expect(result.hits[0]?.highlight.titleDe).toEqual([
      { text: "Praktikum ", match: false },
      { text: "Mecha", match: true },
      { text: "tronik", match: false },
    ]);
  });

  it("reports exactly 1,000 hits as exact and more (counted up to 1,001) as 1,000+", async () => {
    const answer = (totalHits: number) => ({
      results: [{ indexUid: "offers", hits: [], totalHits, facetDistribution: {} }],
    });
    meili.multiSearchAnswer = answer(1000);
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    expect(await index.search(EMPTY_QUERY)).toMatchObject({ total: 1000, totalIsExact: true });
    meili.multiSearchAnswer = answer(1001);
    expect(await index.search(EMPTY_QUERY)).toMatchObject({ total: 1000, totalIsExact: false });
  });

  it("turns a task Meilisearch reports as failed into an error", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    meili.failing.set("/indexes/offers/settings/synonyms", "invalid_settings_synonyms");
    await expect(index.setSynonyms([["Koch", "cuisinier"]])).rejects.toThrow(/could not update synonyms/);
    expect(meili.calls.at(-1)?.body).toEqual({ koch: ["cuisinier"], cuisinier: ["koch"] });
  });

  it("counts the live index's documents, none when there is no live index", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    expect(await index.documentCount()).toBe(0);
    await index.prepare();
    expect(await index.documentCount()).toBe(0);
    await index.upsert([first]);
    expect(await index.documentCount()).toBe(documentCount(first));
    expect(summary().filter((call) => call.endsWith("/stats"))).toEqual([
      "GET /indexes/offers/stats",
      "GET /indexes/offers/stats",
      "GET /indexes/offers/stats",
    ]);
    await index.remove([first.id]);
    expect(await index.documentCount()).toBe(0);
  });

  it("gives up on a search the server never answers after the request timeout", async () => {
    meili.hanging.add("/multi-search");
    const index = new MeilisearchIndex({ url, indexName: "offers", requestTimeoutMs: 100 });
    const started = performance.now();
    await expect(index.search(EMPTY_QUERY)).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("is available when the health check answers", async () => {
    expect(await new MeilisearchIndex({ url }).isAvailable()).toBe(true);
  });
});
