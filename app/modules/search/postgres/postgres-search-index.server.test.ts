import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { EMPTY_QUERY } from "~/modules/search/search-index";
import { CONTRACT_OFFERS, describeSearchIndexContract } from "../../../../test/support/search-contract";
import { PostgresSearchIndex } from "./postgres-search-index.server";

describeSearchIndexContract("PostgreSQL", async () => new PostgresSearchIndex(db()));

describe("PostgreSQL search beyond the contract", () => {
  it("suggests the closest indexed words for a typo", async () => {
    const index = new PostgresSearchIndex(db());
    await index.prepare();
    await index.upsert(CONTRACT_OFFERS);
    expect(await index.closestWords("Tischlr Möbelbau")).toBe("tischler mobelbau");
  });

  it("looks beyond the typo budget for 'did you mean', keeping known words, stop words and numbers", async () => {
    const index = new PostgresSearchIndex(db());
    await index.prepare();
    await index.upsert(CONTRACT_OFFERS);
    // Two letters short of "Praktikum": more than seven letters forgive, so the search finds nothing.
    expect((await index.search({ ...EMPTY_QUERY, text: "Praktkm" })).total).toBe(0);
    // "leur" is not indexed here, but it is a stop word, no typo of "le".
    expect(await index.closestWords("Praktkm leur Möbelbau 2027")).toBe("praktikum leur mobelbau 2027");
    expect(await index.closestWords("Tischler Möbelbau")).toBeNull();
    expect(await index.closestWords("")).toBeNull();
  });

  it("forgives a typo in a word only a synonym knows", async () => {
    const index = new PostgresSearchIndex(db());
    await index.prepare();
    await index.upsert(CONTRACT_OFFERS);
    expect((await index.search({ ...EMPTY_QUERY, text: "automaticiene" })).total).toBe(0);
    await index.setSynonyms([["Mechatronik", "automaticienne"]]);
    const result = await index.search({ ...EMPTY_QUERY, text: "automaticiene" });
    expect(result.hits.map((hit) => hit.number)).toContain(1);
  });

  it("replaces a table an earlier version made with another layout, so the service refills it", async () => {
    await db().$executeRawUnsafe(`DROP TABLE IF EXISTS search_offer`);
    await db().$executeRawUnsafe(`CREATE TABLE search_offer (id uuid PRIMARY KEY, field_bits integer NOT NULL)`);
    await db().$executeRawUnsafe(`INSERT INTO search_offer VALUES (gen_random_uuid(), 1)`);
    const index = new PostgresSearchIndex(db());
    await index.prepare();
    expect(await index.documentCount()).toBe(0);
    await index.upsert(CONTRACT_OFFERS);
    expect((await index.search({ ...EMPTY_QUERY, text: "Mechatronik" })).total).toBeGreaterThan(0);
    // A second start keeps what the table holds.
    await index.prepare();
    expect(await index.documentCount()).toBe(CONTRACT_OFFERS.length);
  });
});
