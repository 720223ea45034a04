import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeilisearchIndex } from "./meilisearch-index.server";
import { CONTRACT_OFFERS, describeSearchIndexContract } from "../../../../test/support/search-contract";
import { EMPTY_QUERY, type SearchDocument } from "~/modules/search/search-index";

const url = process.env.MEILISEARCH_URL;
const apiKey = process.env.MEILISEARCH_API_KEY || undefined;
/** Each run gets its own indexes, so parallel runs and a shared server never meet. */
const prefix = `antenne_test_${process.pid}_${Date.now()}`;
/** Without a server every test below is still listed, as skipped with this reason (CI has none). */
const skip = url ? undefined : "MEILISEARCH_URL is not set";

{
  const names: string[] = [];
  const makeIndex = (suffix: string) => {
    const indexName = `${prefix}_${suffix}`;
    names.push(indexName);
    return new MeilisearchIndex({ url: url ?? "http://127.0.0.1:9", apiKey, indexName });
  };
  afterAll(async () => {
    if (!url) return;
    const client = new Meilisearch({ host: url, apiKey });
    for (const name of names) await client.deleteIndexIfExists(name);
  });

  describeSearchIndexContract("Meilisearch", async () => makeIndex("contract"), { skip });

  describe.skipIf(Boolean(skip))(`Meilisearch beyond the contract${skip ? ` (skipped: ${skip})` : ""}`, () => {
    const index = makeIndex("extra");
    const [base] = CONTRACT_OFFERS;
    if (!base) throw new Error("no fixture");
    // Two blocks with a summer gap, and an offer with three back-to-back periods.
    const blocks: SearchDocument = {
      ...base,
      periods: [
        { startsOn: "2027-05-03", endsOn: "2027-05-21", places: 1 },
        { startsOn: "2027-09-06", endsOn: "2027-09-24", places: 1 },
      ],
    };
    const chain: SearchDocument = {
      ...base,
      id: "00000000-0000-4000-8000-000000000099",
      number: 99,
      periods: [
        { startsOn: "2027-06-07", endsOn: "2027-06-11", places: 1 },
        { startsOn: "2027-06-12", endsOn: "2027-06-18", places: 1 },
        { startsOn: "2027-06-19", endsOn: "2027-06-25", places: 1 },
      ],
    };

    beforeAll(async () => {
      await index.prepare();
      await index.upsert([blocks, chain]);
    });

    it("counts offers, not the documents each period adds", async () => {
      const result = await index.search({ ...EMPTY_QUERY, perPage: 50 });
      expect(result.total).toBe(2);
      expect(result.hits.map((hit) => hit.number).sort((a, b) => a - b)).toEqual([1, 99]);
      expect(result.facets.fields).toEqual({ mechatronics: 2 });
    });

    it("asks the dates of one period, never the start of one and the end of another", async () => {
      const numbers = async (availableFrom: string, availableTo: string) =>
        (await index.search({ ...EMPTY_QUERY, availableFrom, availableTo })).hits.map((hit) => hit.number);
      // Offer 1 is free 17–21 May and 6–10 September: five days each, never one stay from the
      // start of May to the end of September. Offer 99's June stay lies inside the window.
      expect(await numbers("2027-05-17", "2027-09-10")).toEqual([99]);
      expect(await numbers("2027-05-03", "2027-05-31")).toEqual([1]);
      // Three short periods in a row make one stay of nearly three weeks.
      expect(await numbers("2027-06-01", "2027-06-30")).toEqual([99]);
    });

    it("drops the documents of periods an offer no longer has, and removes offers", async () => {
      const september = { ...EMPTY_QUERY, availableFrom: "2027-09-01", availableTo: "2027-09-30" };
      expect((await index.search(september)).total).toBe(1);
      await index.upsert([{ ...blocks, periods: blocks.periods.slice(0, 1) }]);
      expect((await index.search(september)).total).toBe(0);
      await index.remove([chain.id, "00000000-0000-4000-8000-00000000dead"]);
      expect((await index.search(EMPTY_QUERY)).hits.map((hit) => hit.number)).toEqual([1]);
    });

    it("fails when Meilisearch refuses a task, instead of reporting success", async () => {
      // Meilisearch accepts the request (202) and only the task fails: a document id may hold
      // only letters, digits, - and _.
      const impossible = { ...base, id: "not a valid id!", number: 98 };
      await expect(index.upsert([impossible])).rejects.toThrow(/could not write documents \(failed\)/);
      expect((await index.search({ ...EMPTY_QUERY, perPage: 50 })).hits.map((hit) => hit.number)).not.toContain(98);
    });

    it("answers the health check", async () => {
      expect(await index.isAvailable()).toBe(true);
    });
  });
}

describe("Meilisearch out of reach", () => {
  // Port 9 (discard) on the loopback refuses connections on any ordinary machine.
  const index = new MeilisearchIndex({ url: "http://127.0.0.1:9", indexName: `${prefix}_none` });

  it("reports itself unavailable instead of throwing", async () => {
    expect(await index.isAvailable()).toBe(false);
  });

  it("fails a search, so the caller can answer from PostgreSQL", async () => {
    await expect(index.search(EMPTY_QUERY)).rejects.toThrow();
  });
});
