import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { EngineGate } from "./engine-gate";
import { MeilisearchIndex } from "./meilisearch/meilisearch-index.server";
import {
  EMPTY_MULTI_SEARCH,
  startMeilisearchStandIn,
  type MeilisearchStandIn,
} from "../../../test/support/meilisearch-stand-in";
import { PostgresSearchIndex } from "./postgres/postgres-search-index.server";
import { EMPTY_QUERY } from "./search-index";
import { SearchService } from "./search-service.server";
import { suggestSearch } from "./search-suggestion.server";
import { seedSearchOffers } from "../../../test/support/search-test-data";

/**
 * "Did you mean" when Meilisearch answers, which has none of its own: the words come from
 * PostgreSQL's word list, and Meilisearch (the recording stand-in, whose answer the test sets)
 * says whether the suggestion finds offers. The search page's tests show it with PostgreSQL.
 */
let meili: MeilisearchStandIn;
let postgres: PostgresSearchIndex;
let service: SearchService;

beforeAll(async () => {
  meili = await startMeilisearchStandIn();
  await seedSearchOffers();
  postgres = new PostgresSearchIndex(db());
  const gate = new EngineGate();
  gate.noteFilled();
  const quiet = { info: () => {}, warn: () => {} };
  service = new SearchService(postgres, new MeilisearchIndex({ url: meili.url, indexName: "offers" }), gate, quiet);
});

afterAll(() => meili.close());

describe("a suggestion while Meilisearch answers", () => {
  const suggest = (text: string) =>
    suggestSearch({ ...EMPTY_QUERY, text, countries: ["FR"] }, postgres, (query) => service.search(query));
  /** What the suggestion was checked with: the text and filters of Meilisearch's last search. */
  const lastSearch = () => (meili.calls.at(-1)?.body as { queries: { q: string; filter: string[] }[] }).queries[0];

  it("is spelled from PostgreSQL's words and checked with Meilisearch, with the same filters", async () => {
    meili.multiSearchAnswer = { results: [{ indexUid: "offers", hits: [], totalHits: 1, facetDistribution: {} }] };
    expect(await suggest("Resturnt")).toBe("restaurant");
    expect(lastSearch()).toMatchObject({ q: "restaurant", filter: [expect.stringContaining("FR")] });
  });

  it("is not offered when Meilisearch finds nothing for it either", async () => {
    meili.multiSearchAnswer = EMPTY_MULTI_SEARCH;
    expect(await suggest("Resturnt")).toBeNull();
    expect(lastSearch()?.q).toBe("restaurant");
  });
});
