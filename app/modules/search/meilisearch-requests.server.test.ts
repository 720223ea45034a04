import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, toMeiliDocuments } from "./meilisearch-documents";
import { MeilisearchIndex } from "./meilisearch-index.server";
import { indexSettings } from "./meilisearch-settings";
import { CONTRACT_OFFERS } from "./search-contract";
import { EMPTY_QUERY, type SearchDocument } from "./search-index";

/**
 * What the adapter asks of Meilisearch, in which order, checked against a recording stand-in for
 * its HTTP API (no Meilisearch server can run here). It answers like Meilisearch: writes are
 * tasks to poll, a second index creation fails with `index_already_exists`, a missing index is a
 * 404. Whether Meilisearch then searches as the port promises is the contract suite's job
 * (meilisearch-index.server.test.ts, with MEILISEARCH_URL).
 */
interface Call {
  method: string;
  path: string;
  body: unknown;
}

let server: Server;
let url: string;
let calls: Call[];
let indexes: Set<string>;
let tasks: Map<number, { status: "succeeded" | "failed"; error: { code: string; message: string } | null }>;
/** Paths whose next task fails, with this error code. */
let failing: Map<string, string>;
let multiSearchAnswer: unknown;

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    request.on("end", () => {
      const path = new URL(request.url ?? "/", "http://x").pathname;
      const method = request.method ?? "GET";
      const body: unknown = raw === "" ? null : JSON.parse(raw);
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(payload));
      };
      if (method === "GET" && path.startsWith("/tasks/")) {
        const uid = Number(path.slice("/tasks/".length));
        const task = tasks.get(uid);
        return send(200, { uid, indexUid: null, type: "x", status: task?.status, error: task?.error ?? null });
      }
      calls.push({ method, path, body });
      const enqueue = (failure: string | null = failing.get(path) ?? null) => {
        failing.delete(path);
        const taskUid = tasks.size + 1;
        tasks.set(taskUid, {
          status: failure ? "failed" : "succeeded",
          error: failure ? { code: failure, message: `${failure} (stand-in)` } : null,
        });
        send(202, { taskUid, indexUid: null, status: "enqueued", type: "x", enqueuedAt: new Date().toISOString() });
      };
      const uid = /^\/indexes\/([^/]+)/.exec(path)?.[1];
      if (method === "GET" && path === "/health") return send(200, { status: "available" });
      if (method === "POST" && path === "/multi-search") return send(200, multiSearchAnswer);
      if (method === "POST" && path === "/indexes") {
        const created = (body as { uid: string }).uid;
        const exists = indexes.has(created);
        indexes.add(created);
        return enqueue(exists ? "index_already_exists" : null);
      }
      if (method === "GET" && uid && path === `/indexes/${uid}`) {
        return indexes.has(uid)
          ? send(200, { uid, primaryKey: "id", createdAt: "", updatedAt: "" })
          : send(404, { message: "not found", code: "index_not_found", type: "invalid_request", link: "" });
      }
      if (method === "GET" && path.endsWith("/settings/synonyms")) return send(200, { koch: ["cuisinier"] });
      if (method === "DELETE" && uid) indexes.delete(uid);
      if (method === "POST" && path === "/swap-indexes") {
        const [swap] = body as { indexes: [string, string]; rename: boolean }[];
        if (swap?.rename) {
          indexes.delete(swap.indexes[0]);
          indexes.add(swap.indexes[1]);
        }
      }
      return enqueue();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  calls = [];
  indexes = new Set();
  tasks = new Map();
  failing = new Map();
});

const summary = () => calls.map((call) => `${call.method} ${call.path}`);
const [first, second] = CONTRACT_OFFERS as [SearchDocument, SearchDocument];

describe("MeilisearchIndex requests", () => {
  it("creates the index and applies the settings before anything else, once per process", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    expect(calls).toEqual([
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
    const [add, remove] = calls.slice(2);
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
    expect(calls.at(-1)?.body).toEqual({ filter: `offerId IN ["${first.id}"]` });
  });

  it("rebuilds into a fresh index with the live synonyms, swaps it in and deletes the old one", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    calls = [];
    const done: number[] = [];
    await index.rebuild(
      (async function* () {
        yield [first];
        yield [second];
      })(),
      (count) => done.push(count),
    );
    const fresh = /^\/indexes\/(offers_\d+)\//.exec(calls[3]?.path ?? "")?.[1];
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
    expect(calls[4]?.body).toEqual({ koch: ["cuisinier"] });
    expect(calls[7]?.body).toEqual([{ indexes: [fresh, "offers"], rename: false }]);
    expect(done).toEqual([1, 2]);
  });

  it("renames the fresh index when there is no live one yet", async () => {
    await new MeilisearchIndex({ url, indexName: "offers" }).rebuild(
      (async function* () {
        yield [first];
      })(),
    );
    const swap = calls.find((call) => call.path === "/swap-indexes");
    expect(swap?.body).toEqual([{ indexes: [expect.stringMatching(/^offers_\d+$/), "offers"], rename: true }]);
    expect(summary().at(-1)).toBe("POST /swap-indexes");
    expect([...indexes]).toEqual(["offers"]);
  });

  it("leaves the live index alone and removes the half-built one when a batch fails", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    const batches = (async function* () {
      const fresh = [...indexes].find((name) => name !== "offers");
      failing.set(`/indexes/${fresh}/documents`, "invalid_document_geo_field");
      yield [first];
    })();
    await expect(index.rebuild(batches)).rejects.toThrow(/invalid_document_geo_field/);
    expect(summary()).not.toContain("POST /swap-indexes");
    expect([...indexes]).toEqual(["offers"]);
  });

  it("searches in one multi-search round trip and reads hits, total and facets", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    const [document] = toMeiliDocuments(first);
    multiSearchAnswer = {
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
    const [call] = calls;
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
      suggestion: null,
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
    multiSearchAnswer = answer(1000);
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    expect(await index.search(EMPTY_QUERY)).toMatchObject({ total: 1000, totalIsExact: true });
    multiSearchAnswer = answer(1001);
    expect(await index.search(EMPTY_QUERY)).toMatchObject({ total: 1000, totalIsExact: false });
  });

  it("turns a task Meilisearch reports as failed into an error", async () => {
    const index = new MeilisearchIndex({ url, indexName: "offers" });
    await index.prepare();
    failing.set("/indexes/offers/settings/synonyms", "invalid_settings_synonyms");
    await expect(index.setSynonyms([["Koch", "cuisinier"]])).rejects.toThrow(/could not update synonyms/);
    expect(calls.at(-1)?.body).toEqual({ koch: ["cuisinier"], cuisinier: ["koch"] });
  });

  it("is available when the health check answers", async () => {
    expect(await new MeilisearchIndex({ url }).isAvailable()).toBe(true);
  });
});
