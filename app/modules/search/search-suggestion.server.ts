import type { SearchQuery, SearchResult } from "./search-index";
import { postgresSearch, searchOffers } from "./search-service.server";

/** Where "did you mean" finds its words: PostgreSQL's word list, which every engine's offers are in. */
export interface WordList {
  closestWords(text: string): Promise<string | null>;
}

/**
 * "Did you mean", for a search that found nothing: its text with each unknown word replaced by
 * the closest indexed word, offered only when that text, with the same filters, finds offers (a
 * link to another empty page helps no one). The words come from PostgreSQL, which always holds
 * an index, so that Meilisearch, which has no "did you mean", gets suggestions too; the check
 * asks whichever engine answers.
 */
export async function suggestSearch(
  query: SearchQuery,
  words: WordList = postgresSearch(),
  search: (query: SearchQuery) => Promise<SearchResult> = searchOffers,
): Promise<string | null> {
  const text = await words.closestWords(query.text);
  if (text === null) return null;
  const found = await search({ ...query, text, page: 1, perPage: 1 });
  return found.total > 0 ? text : null;
}
