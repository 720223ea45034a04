import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { processSingleton } from "~/utils/process-singleton";
import { PostgresSearchIndex } from "./postgres-search-index.server";
import type { SearchIndex, SearchQuery, SearchResult } from "./search-index";
import { allSearchDocuments, countSearchableOffers, searchDocumentsFor } from "./search-documents.server";

/**
 * The one entry point for searching offers (pages, API, saved-search alerts) and for keeping the
 * indexes in step. PostgreSQL always holds an index, so it can answer whenever Meilisearch is
 * configured but unreachable; Meilisearch answers when it can (ADR 8).
 */
export interface OfferSearchAnswer extends SearchResult {
  engine: "postgres" | "meilisearch";
  /** True when Meilisearch is configured but PostgreSQL had to answer. */
  degraded: boolean;
}

export function postgresSearch(): PostgresSearchIndex {
  return processSingleton("postgres-search-index", () => new PostgresSearchIndex(db()));
}

/** The Meilisearch index when MEILISEARCH_URL is set, else null. */
export async function meilisearchSearch(): Promise<SearchIndex | null> {
  const { MEILISEARCH_URL, MEILISEARCH_API_KEY } = loadEnv() as {
    MEILISEARCH_URL?: string;
    MEILISEARCH_API_KEY?: string;
  };
  if (!MEILISEARCH_URL) return null;
  const { MeilisearchIndex } = await import("./meilisearch-index.server");
  return processSingleton(
    "meilisearch-index",
    () => new MeilisearchIndex({ url: MEILISEARCH_URL, apiKey: MEILISEARCH_API_KEY }),
  );
}

/** Every index that must hold the offers: PostgreSQL always, Meilisearch when configured. */
async function allIndexes(): Promise<SearchIndex[]> {
  const meilisearch = await meilisearchSearch();
  return meilisearch ? [postgresSearch(), meilisearch] : [postgresSearch()];
}

/** The synonym groups staff keep in the database. */
async function synonymGroups(): Promise<string[][]> {
  return (await db().synonymGroup.findMany({ select: { terms: true } })).map((group) => group.terms);
}

export async function searchOffers(query: SearchQuery): Promise<OfferSearchAnswer> {
  const meilisearch = await meilisearchSearch();
  if (meilisearch) {
    try {
      return { ...(await meilisearch.search(query)), engine: "meilisearch", degraded: false };
    } catch (error) {
      logger.warn({ err: error }, "search degraded: Meilisearch did not answer, PostgreSQL answers instead");
    }
  }
  return { ...(await postgresSearch().search(query)), engine: "postgres", degraded: meilisearch !== null };
}

/**
 * Brings the given offers up to date in every index: public ones are written, the others
 * removed. PostgreSQL first, so that a Meilisearch outage (which throws, and the job retries)
 * never holds back the fallback.
 */
export async function syncOffersToSearch(ids: string[]): Promise<void> {
  const { documents, hidden } = await searchDocumentsFor(ids);
  for (const index of await allIndexes()) {
    await index.upsert(documents);
    await index.remove(hidden);
  }
}

/** The synonyms staff keep in the database, handed to every index. */
export async function applySynonyms(): Promise<void> {
  const groups = await synonymGroups();
  for (const index of await allIndexes()) await index.setSynonyms(groups);
}

/**
 * At start: the PostgreSQL index's tables exist and know the synonyms; an empty index over a
 * database that has public offers (a first start, a restored backup) is filled at once.
 */
export async function prepareSearch(): Promise<void> {
  const postgres = postgresSearch();
  const groups = await synonymGroups();
  await postgres.prepare();
  await postgres.setSynonyms(groups);
  if ((await postgres.isEmpty()) && (await countSearchableOffers()) > 0) {
    await postgres.rebuild(allSearchDocuments());
  }
  const meilisearch = await meilisearchSearch();
  if (meilisearch) {
    try {
      await meilisearch.prepare();
      await meilisearch.setSynonyms(groups);
    } catch (error) {
      logger.warn({ err: error }, "search degraded: Meilisearch is not reachable at start; PostgreSQL answers");
    }
  }
}

/** Rebuilds every index from the database into a fresh one and swaps it in (npm run search:reindex). */
export async function rebuildSearchIndexes(onProgress: (engine: string, done: number, total: number) => void) {
  const total = await countSearchableOffers();
  const groups = await synonymGroups();
  for (const index of await allIndexes()) {
    await index.prepare();
    await index.setSynonyms(groups);
    await index.rebuild(allSearchDocuments(), (done) => onProgress(index.engine, done, total));
  }
}

/** For /healthz: "up", or "degraded" when Meilisearch is configured and does not answer. */
export async function searchHealth(): Promise<{ status: "up" | "degraded"; engine: "postgres" | "meilisearch" }> {
  const meilisearch = await meilisearchSearch();
  if (!meilisearch) return { status: "up", engine: "postgres" };
  return (await meilisearch.isAvailable())
    ? { status: "up", engine: "meilisearch" }
    : { status: "degraded", engine: "postgres" };
}
