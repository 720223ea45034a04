import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type MultiSearchParams } from "meilisearch";
import { documentCount, toMeiliDocuments, toSearchHit, type MeiliHit } from "./meilisearch-documents";
import { facetsFrom, offersFilter, pageOf, planSearch, stalePeriodsFilter } from "./meilisearch-filters";
import { indexSettings, synonymsFromGroups } from "./meilisearch-settings";
import {
  EXACT_TOTAL_LIMIT,
  type SearchDocument,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from "~/modules/search/search-index";

export interface MeilisearchIndexOptions {
  url: string;
  apiKey?: string;
  /** The live index; a rebuild builds `<indexName>_<timestamp>` and swaps it in. */
  indexName?: string;
  /** How long one HTTP request may take before search falls back to PostgreSQL. */
  requestTimeoutMs?: number;
  /** How long to wait for Meilisearch to finish one task (settings, a batch of documents, a swap). */
  taskTimeoutMs?: number;
}

/** Offers per deletion request; keeps filter strings short. */
const DELETE_CHUNK = 200;

/**
 * The SearchIndex port on Meilisearch (1.18 or later) through the official client. Settings come
 * from meilisearch-settings.ts and are applied before any document; every write waits until
 * Meilisearch has processed it, so whoever called upsert sees the change in the next search.
 */
export class MeilisearchIndex implements SearchIndex {
  readonly engine = "meilisearch" as const;
  readonly #client: Meilisearch;
  /** Same server, short timeout: answering "is it up?" must not hold a request for long. */
  readonly #probe: Meilisearch;
  readonly #indexName: string;
  readonly #taskTimeoutMs: number;
  #prepared: Promise<void> | null = null;

  constructor({
    url,
    apiKey,
    indexName = "offers",
    requestTimeoutMs = 5_000,
    taskTimeoutMs = 120_000,
  }: MeilisearchIndexOptions) {
    this.#client = new Meilisearch({ host: url, apiKey, timeout: requestTimeoutMs });
    this.#probe = new Meilisearch({ host: url, apiKey, timeout: 1_500 });
    this.#indexName = indexName;
    this.#taskTimeoutMs = taskTimeoutMs;
  }

  prepare(): Promise<void> {
    const prepared = this.#prepareIndex(this.#indexName).catch((error: unknown) => {
      this.#prepared = null;
      throw error;
    });
    this.#prepared = prepared;
    return prepared;
  }

  /** Writes need the index and its settings; prepared once per process unless asked again. */
  #ready(): Promise<void> {
    return this.#prepared ?? this.prepare();
  }

  async #prepareIndex(uid: string): Promise<void> {
    await this.#settle(this.#client.createIndex(uid, { primaryKey: "id" }), `create index ${uid}`, [
      "index_already_exists",
    ]);
    await this.#settle(this.#client.index(uid).updateSettings(indexSettings()), `update settings of ${uid}`);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const latest = [...new Map(documents.map((document) => [document.id, document])).values()];
    if (latest.length === 0) return;
    await this.#ready();
    const index = this.#client.index(this.#indexName);
    // The stale-period filter never matches a document the addition writes, so the order of the
    // tasks does not matter; enqueued together, Meilisearch processes them in one batch.
    const tasks = [index.addDocuments(latest.flatMap(toMeiliDocuments), { primaryKey: "id" })];
    for (const chunk of chunks(latest, DELETE_CHUNK)) {
      const filter = stalePeriodsFilter(
        chunk.map((document) => ({ id: document.id, documentCount: documentCount(document) })),
      );
      tasks.push(index.deleteDocuments({ filter }));
    }
    await this.#settleAll(tasks, "write documents");
  }

  async remove(ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    await this.#ready();
    const index = this.#client.index(this.#indexName);
    const tasks = chunks(unique, DELETE_CHUNK).map((chunk) => index.deleteDocuments({ filter: offersFilter(chunk) }));
    await this.#settleAll(tasks, "delete documents");
  }

  /**
   * Not preceded by `prepare`: a missing index must fail (and PostgreSQL answer) rather than be
   * created empty and answer "nothing found".
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const plan = planSearch(query);
    const { results } = await this.#client.multiSearch<MultiSearchParams, MeiliHit>({
      queries: plan.requests.map((request) => ({ indexUid: this.#indexName, ...request })),
    });
    const main = results[0];
    if (!main) throw new Error("Meilisearch answered a multi-search without results");
    // Page mode gives an exact count, capped at pagination.maxTotalHits: one more than
    // EXACT_TOTAL_LIMIT, so that exactly 1,000 hits and "1,000+" can be told apart.
    const counted = main.totalHits ?? main.estimatedTotalHits ?? 0;
    return {
      total: Math.min(counted, EXACT_TOTAL_LIMIT),
      totalIsExact: counted <= EXACT_TOTAL_LIMIT,
      ...pageOf(query),
      hits: main.hits.map((hit) => toSearchHit(hit, query.near)),
      facets: facetsFrom(
        plan,
        results.map((result) => result.facetDistribution),
      ),
    };
  }

  async setSynonyms(groups: string[][]): Promise<void> {
    await this.#ready();
    await this.#settle(
      this.#client.index(this.#indexName).updateSynonyms(synonymsFromGroups(groups)),
      "update synonyms",
    );
  }

  /**
   * Builds `<indexName>_<timestamp>` with the same settings and the live index's synonyms, fills
   * it batch by batch, then swaps it with the live index in one Meilisearch task (or renames it,
   * when there is no live index yet) and deletes the old data. Searches see the old index until
   * the swap. A failed rebuild deletes its unfinished index and leaves the live one alone.
   */
  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress?: (done: number) => void): Promise<void> {
    const live = this.#indexName;
    const fresh = `${live}_${Date.now()}`;
    const liveExists = await this.#exists(live);
    const synonyms = liveExists ? await this.#client.index(live).getSynonyms() : {};
    try {
      await this.#prepareIndex(fresh);
      await this.#settle(this.#client.index(fresh).updateSynonyms(synonyms), `copy synonyms to ${fresh}`);
      let done = 0;
      for await (const batch of batches) {
        const latest = [...new Map(batch.map((document) => [document.id, document])).values()];
        if (latest.length > 0) {
          const documents = latest.flatMap(toMeiliDocuments);
          await this.#settle(this.#client.index(fresh).addDocuments(documents, { primaryKey: "id" }), "add documents");
        }
        done += batch.length;
        onProgress?.(done);
      }
      await this.#settle(
        this.#client.swapIndexes([{ indexes: [fresh, live], rename: !liveExists }]),
        liveExists ? `swap ${fresh} with ${live}` : `rename ${fresh} to ${live}`,
      );
    } catch (error) {
      await this.#client.deleteIndexIfExists(fresh).catch(() => false);
      throw error;
    }
    // After a swap `fresh` holds the old documents; after a rename it no longer exists.
    if (liveExists) await this.#settle(this.#client.deleteIndex(fresh), `delete old index (now ${fresh})`);
    this.#prepared = Promise.resolve();
  }

  /** From the live index's stats (the API key needs `stats.get`): a first start's `prepare` leaves none. */
  async documentCount(): Promise<number> {
    try {
      return (await this.#client.index(this.#indexName).getStats()).numberOfDocuments;
    } catch (error) {
      if (isIndexNotFound(error)) return 0;
      throw error;
    }
  }

  async isAvailable(): Promise<boolean> {
    try {
      return (await this.#probe.health()).status === "available";
    } catch {
      return false;
    }
  }

  async #exists(uid: string): Promise<boolean> {
    try {
      await this.#client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (isIndexNotFound(error)) return false;
      throw error;
    }
  }

  /**
   * Waits for tasks enqueued together, so that Meilisearch can batch them; the first that failed
   * throws, after all were enqueued and processed (an enqueue refused over HTTP throws at once).
   */
  async #settleAll(pending: EnqueuedTaskPromise[], what: string): Promise<void> {
    const enqueued = await Promise.all(pending);
    const done = await this.#client.tasks.waitForTasks(enqueued, { timeout: this.#taskTimeoutMs });
    const failed = done.find((task) => task.status !== "succeeded");
    if (failed) {
      throw new Error(
        `Meilisearch could not ${what} (${failed.status}): ${failed.error?.message ?? "no reason given"}`,
      );
    }
  }

  /** Waits for a task; a task that failed (Meilisearch reports it, the client does not throw) throws here. */
  async #settle(task: EnqueuedTaskPromise, what: string, tolerated: string[] = []): Promise<void> {
    const done = await task.waitTask({ timeout: this.#taskTimeoutMs });
    if (done.status === "succeeded") return;
    if (done.error && tolerated.includes(done.error.code)) return;
    throw new Error(`Meilisearch could not ${what} (${done.status}): ${done.error?.message ?? "no reason given"}`);
  }
}

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
