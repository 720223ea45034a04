import type { SearchQuery, SearchResult } from "./search-index";

/**
 * The one entry point for searching offers (pages, API, saved-search alerts). It asks
 * Meilisearch when configured and reachable, else PostgreSQL, and says which one answered.
 */
export interface OfferSearchAnswer extends SearchResult {
  engine: "postgres" | "meilisearch";
  /** True when Meilisearch is configured but PostgreSQL had to answer. */
  degraded: boolean;
}

export async function searchOffers(query: SearchQuery): Promise<OfferSearchAnswer> {
  // Filled in by the PostgreSQL adapter work (in progress).
  void query;
  throw new Error("searchOffers is not wired yet");
}
