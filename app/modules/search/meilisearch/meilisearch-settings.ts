/**
 * What the Meilisearch index is told about offers. Pure data; the adapter applies it before any
 * document goes in (meilisearch-index.server.ts). Written for Meilisearch 1.18 or later
 * (`disableOnNumbers`, `localizedAttributes`, swap with `rename`).
 *
 * One offer is stored as one document per availability period (see meilisearch-documents.ts),
 * grouped back into one hit per offer by `distinctAttribute: "offerId"`.
 */
import type { Settings, Synonyms } from "meilisearch";
import { EXACT_TOTAL_LIMIT } from "~/modules/search/search-index";

/**
 * Searched in this order of importance: a word in a title outranks the same word in a
 * description; the place's name ("Hanovre" finds the offers in Hannover) ranks with the
 * description and above the company, as on PostgreSQL.
 */
export const SEARCHABLE_ATTRIBUTES = [
  "titleDe",
  "titleFr",
  "fieldNames",
  "descriptionDe",
  "descriptionFr",
  "placeNameDe",
  "placeNameFr",
  "companyName",
] as const;

export const FILTERABLE_ATTRIBUTES = [
  "offerId",
  "periodIndex",
  "fieldKeys",
  "country",
  "placeKey",
  "_geo",
  "languageLevel",
  "levelRank",
  "minWeeks",
  "maxWeeks",
  "accommodation",
  "minorsWelcome",
  "publishedAtMs",
  "periodStartDay",
  "periodEndDay",
  "periodDays",
  "periodLatestFromDay",
  "periodEarliestToDay",
  "periodFitsMinimum",
] as const;

export const SORTABLE_ATTRIBUTES = ["publishedAtMs", "firstStartDay", "_geo", "offerId"] as const;

/**
 * `sort` comes first so that "newest", "earliest start" and "distance" order the whole result,
 * not only offers that are equally relevant (Meilisearch's default puts sort after relevance).
 * Without a sort parameter the rule does nothing. The last rule breaks ties: newer first.
 */
export const RANKING_RULES = ["sort", "words", "typo", "proximity", "attribute", "exactness", "publishedAtMs:desc"];

/**
 * French elisions. Meilisearch splits on the apostrophe (both ' and ’ are separators), so
 * "l'école" is indexed and queried as "l" + "école"; as stop words the single letters vanish from
 * queries and "d'hôtellerie" finds "hôtellerie".
 */
export const FRENCH_ELISIONS = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

/**
 * Every field goes through Meilisearch's plain Latin pipeline. Its German pipeline (in the
 * official builds) splits words along a dictionary of compounds, in documents and queries alike:
 * "Tischlr" becomes "tisch" + "lr" and finds nothing, "Kfz-Mechatroniker" no longer matches its
 * synonym, so typos and multi-word synonyms fail where PostgreSQL (which splits nothing) finds
 * the offer (found against Meilisearch 1.50.0 built with German segmentation). A field without a
 * locale has its language detected, and German text would be split again; a query takes the
 * locales of the fields it searches. French has no pipeline of its own, hence "fra" for all.
 */
export const PLAIN_LATIN_TOKENIZING = [{ attributePatterns: ["*"], locales: ["fra" as const] }];

/** Enough for every occupational field, country, level and accommodation kind. */
export const MAX_VALUES_PER_FACET = 300;

/**
 * Everything but synonyms: those belong to the staff (setSynonyms) and must survive a restart,
 * which re-applies these settings. Meilisearch's settings update is a PATCH, so leaving
 * `synonyms` out keeps the current ones.
 */
export function indexSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    distinctAttribute: "offerId",
    localizedAttributes: PLAIN_LATIN_TOKENIZING,
    typoTolerance: {
      enabled: true,
      // Same thresholds as the PostgreSQL adapter: one typo from 5 letters, two from 9.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      // "2026" must not find "2025"; postcodes and years are exact.
      disableOnNumbers: true,
    },
    stopWords: [...FRENCH_ELISIONS],
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET },
    pagination: { maxTotalHits: EXACT_TOTAL_LIMIT + 1 },
  };
}

/**
 * Meilisearch synonyms from groups of equivalent words: every word maps to every other word of
 * its groups, so "Koch" finds "cuisinier" and back. Keys are lower-cased (Meilisearch matches
 * normalised words; "Koch" and "koch" would otherwise be two entries), duplicates merged, and
 * groups with fewer than two distinct words ignored.
 */
export function synonymsFromGroups(groups: readonly (readonly string[])[]): NonNullable<Synonyms> {
  const related = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map(normaliseWord).filter((word) => word !== ""))];
    if (words.length < 2) continue;
    for (const word of words) {
      const others = related.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      related.set(word, others);
    }
  }
  return Object.fromEntries(
    [...related.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([word, others]) => [word, [...others].sort((a, b) => a.localeCompare(b))]),
  );
}

function normaliseWord(word: string): string {
  return word.trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}
