/**
 * The one entry point for searching offers (pages, API, saved-search alerts) and for keeping the
 * indexes in step. PostgreSQL always holds an index, so it can answer whenever Meilisearch is
 * configured but unreachable or not yet filled; Meilisearch answers when it can (ADR 8).
 */
import { listQueuedJobs } from "~/modules/jobs/job-queue.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { logger as appLogger } from "~/utils/logger.server";
import { processSingleton } from "~/utils/process-singleton";
import { EngineGate } from "./engine-gate";
import { queueMeilisearchFill } from "./meilisearch/meilisearch-fill.server";
import { PostgresSearchIndex } from "./postgres/postgres-search-index.server";
import type { SearchIndex, SearchQuery, SearchResult } from "./search-index";
import { FILL_MEILISEARCH_TASK } from "./search-jobs";
import { allSearchDocuments, countSearchableOffers, searchDocumentsFor } from "./search-documents.server";

export interface OfferSearchAnswer extends SearchResult {
  engine: "postgres" | "meilisearch";
  /** True when Meilisearch is configured but PostgreSQL had to answer. */
  degraded: boolean;
}

export interface SearchHealth {
  status: "up" | "degraded";
  engine: "postgres" | "meilisearch";
  /** Why PostgreSQL answers although Meilisearch is configured. */
  reason?: "unreachable" | "filling";
}

/**
 * Offers changed this long before a rebuild began are caught up after it too: `updatedAt` is
 * set by whichever process wrote the offer, and their clocks may differ.
 */
const CLOCK_MARGIN_MS = 60_000;
/** Offers per catch-up read. */
const CATCH_UP_CHUNK = 500;

/** What the service logs through; the application's logger, or a test's recorder. */
export interface SearchLog {
  info(message: string): void;
  warn(details: { err: unknown }, message: string): void;
}

export class SearchService {
  constructor(
    readonly postgres: SearchIndex,
    readonly meilisearch: SearchIndex | null,
    readonly gate: EngineGate = new EngineGate(),
    private readonly logger: SearchLog = appLogger,
  ) {}

  /** PostgreSQL first, so that a Meilisearch outage never holds back the fallback. */
  get indexes(): SearchIndex[] {
    return this.meilisearch ? [this.postgres, this.meilisearch] : [this.postgres];
  }

  async search(query: SearchQuery): Promise<OfferSearchAnswer> {
    const meilisearch = this.meilisearch;
    if (meilisearch && (await this.#meilisearchMayAnswer())) {
      try {
        const result = await meilisearch.search(query);
        if (this.gate.noteSuccess()) this.logger.info("search recovered: Meilisearch answers again");
        return { ...result, engine: "meilisearch", degraded: false };
      } catch (error) {
        // A request Meilisearch refused (4xx) says nothing about the server: only this search
        // falls back. Timeouts, refused connections and server errors pause it for everyone.
        if (isOutage(error)) this.#failed(error);
        else this.logger.warn({ err: error }, "Meilisearch refused a search; PostgreSQL answers it");
      }
    }
    return { ...(await this.postgres.search(query)), engine: "postgres", degraded: meilisearch !== null };
  }

  /** Public offers are written, the others removed; a Meilisearch outage throws, and the job retries. */
  async sync(ids: string[], indexes = this.indexes): Promise<void> {
    for (let start = 0; start < ids.length; start += CATCH_UP_CHUNK) {
      const { documents, hidden } = await searchDocumentsFor(ids.slice(start, start + CATCH_UP_CHUNK));
      for (const index of indexes) {
        await index.upsert(documents);
        await index.remove(hidden);
      }
    }
  }

  async applySynonyms(): Promise<void> {
    const groups = await synonymGroups();
    for (const index of this.indexes) await index.setSynonyms(groups);
  }

  /**
   * At start: both indexes exist and know the synonyms. An empty PostgreSQL index over public
   * offers is filled at once; an empty Meilisearch index by a job, while PostgreSQL answers.
   */
  async prepare(): Promise<void> {
    const groups = await synonymGroups();
    await this.postgres.prepare();
    await this.postgres.setSynonyms(groups);
    if ((await this.postgres.documentCount()) === 0 && (await countSearchableOffers()) > 0) {
      await this.postgres.rebuild(allSearchDocuments());
    }
    if (!this.meilisearch) return;
    try {
      await this.meilisearch.prepare();
      await this.meilisearch.setSynonyms(groups);
      if (await this.#filledOrQueueFill()) this.gate.noteFilled();
    } catch (error) {
      this.#failed(error);
    }
  }

  /** Every index, each into a fresh one swapped in (npm run search:reindex). */
  async rebuild(onProgress: (engine: string, done: number, total: number) => void): Promise<void> {
    const total = await countSearchableOffers();
    const groups = await synonymGroups();
    for (const index of this.indexes) {
      await this.#rebuildOne(index, groups, (done) => onProgress(index.engine, done, total));
    }
  }

  /** The job queued when Meilisearch was found empty: rebuilds it alone. */
  async fillMeilisearch(): Promise<void> {
    if (!this.meilisearch) return;
    await this.#rebuildOne(this.meilisearch, await synonymGroups());
    this.logger.info("Meilisearch filled from the database");
  }

  /** For /healthz: "degraded" while PostgreSQL answers for a configured Meilisearch. */
  async health(): Promise<SearchHealth> {
    const meilisearch = this.meilisearch;
    if (!meilisearch) return { status: "up", engine: "postgres" };
    if (this.gate.paused || !(await meilisearch.isAvailable())) {
      return { status: "degraded", engine: "postgres", reason: "unreachable" };
    }
    if (!this.gate.filled) {
      if (!(await this.#filledOrQueueFill())) return { status: "degraded", engine: "postgres", reason: "filling" };
      this.gate.noteFilled();
    }
    return { status: "up", engine: "meilisearch" };
  }

  async #meilisearchMayAnswer(): Promise<boolean> {
    try {
      return await this.gate.allows(() => this.#filledOrQueueFill());
    } catch (error) {
      this.#failed(error);
      return false;
    }
  }

  #failed(error: unknown): void {
    if (this.gate.noteFailure()) {
      this.logger.warn({ err: error }, "search degraded: Meilisearch did not answer; PostgreSQL answers for 30 s");
    }
  }

  /**
   * Whether Meilisearch holds the offers: not while a fill is queued or running (sync jobs write
   * offers into the index before the fill is done), nor while it holds fewer documents than
   * there are public offers (a complete index has one per hosting period), in which case a
   * fill is queued.
   */
  async #filledOrQueueFill(): Promise<boolean> {
    if (!this.meilisearch || (await fillPending())) return false;
    if ((await this.meilisearch.documentCount()) >= (await countSearchableOffers())) return true;
    await queueMeilisearchFill(db());
    this.logger.info("Meilisearch is empty: filling it in the background; PostgreSQL answers meanwhile");
    return false;
  }

  /**
   * A sync job that runs during a rebuild writes to the old index, which the swap then throws
   * away: so every offer changed since the rebuild began is synced again into the new one.
   */
  async #rebuildOne(index: SearchIndex, groups: string[][], onProgress?: (done: number) => void): Promise<void> {
    const since = new Date(Date.now() - CLOCK_MARGIN_MS);
    await index.prepare();
    await index.setSynonyms(groups);
    await index.rebuild(allSearchDocuments(), onProgress);
    await this.sync(await offersChangedSince(since), [index]);
  }
}

/** The synonym groups staff keep in the database. */
async function synonymGroups(): Promise<string[][]> {
  return (await db().synonymGroup.findMany({ select: { terms: true } })).map((group) => group.terms);
}

/** Offers whose own row or whose company changed at or after `since`. */
async function offersChangedSince(since: Date): Promise<string[]> {
  const rows = await db().offer.findMany({
    where: { OR: [{ updatedAt: { gte: since } }, { company: { updatedAt: { gte: since } } }] },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** A fill job waiting, running or to be retried; one that has given up no longer counts. */
async function fillPending(): Promise<boolean> {
  const jobs = await listQueuedJobs(db(), { task: FILL_MEILISEARCH_TASK });
  return jobs.some((job) => job.running || job.attempts < job.maxAttempts);
}

/**
 * Whether an error says Meilisearch is down, overloaded or has lost its index, rather than that
 * it refused this one request (another 4xx). A lost index pauses it too: after the pause the gate
 * asks whether it holds the offers, and a fill is queued.
 */
function isOutage(error: unknown): boolean {
  const failure = error as { response?: { status?: unknown }; cause?: { code?: unknown } } | null;
  const status = failure?.response?.status;
  if (failure?.cause?.code === "index_not_found") return true;
  return !(typeof status === "number" && status >= 400 && status < 500);
}

export function postgresSearch(): PostgresSearchIndex {
  return processSingleton("postgres-search-index", () => new PostgresSearchIndex(db()));
}

/** The Meilisearch index when MEILISEARCH_URL is set, else null. */
export async function meilisearchSearch(): Promise<SearchIndex | null> {
  const { MEILISEARCH_URL, MEILISEARCH_API_KEY, MEILISEARCH_INDEX } = loadEnv();
  if (!MEILISEARCH_URL) return null;
  const { MeilisearchIndex } = await import("./meilisearch/meilisearch-index.server");
  return processSingleton(
    "meilisearch-index",
    () => new MeilisearchIndex({ url: MEILISEARCH_URL, apiKey: MEILISEARCH_API_KEY, indexName: MEILISEARCH_INDEX }),
  );
}

/** The process's service: one gate per process, so every search shares what it learnt. */
function searchService(): Promise<SearchService> {
  return processSingleton("search-service", async () => new SearchService(postgresSearch(), await meilisearchSearch()));
}

export async function searchOffers(query: SearchQuery): Promise<OfferSearchAnswer> {
  return (await searchService()).search(query);
}

/** Brings the given offers up to date in every index. */
export async function syncOffersToSearch(ids: string[]): Promise<void> {
  await (await searchService()).sync(ids);
}

/** The synonyms staff keep in the database, handed to every index. */
export async function applySynonyms(): Promise<void> {
  await (await searchService()).applySynonyms();
}

export async function prepareSearch(): Promise<void> {
  await (await searchService()).prepare();
}

export async function rebuildSearchIndexes(onProgress: (engine: string, done: number, total: number) => void) {
  await (await searchService()).rebuild(onProgress);
}

export async function fillMeilisearch(): Promise<void> {
  await (await searchService()).fillMeilisearch();
}

export async function searchHealth(): Promise<SearchHealth> {
  return (await searchService()).health();
}
