/**
 * npm run search:compare (with MEILISEARCH_URL) — seeds the demo data into a database of its own,
 * indexes the demo offers on both engines and runs the relevance cases the README promises on
 * each: accents, typos and swapped letters, prefixes, DE ↔ FR synonyms of one and several words,
 * place names, radius and distance sort, date overlap, totals and disjunctive facet counts.
 *
 * For each case it prints one line: `case=<name> same=yes|no` and, where the engines differ, what
 * differs (offers only one engine found, another order where the order is promised, totals,
 * facet counts). Relevance order is not compared: the engines rank differently on purpose (ADR 8);
 * the first five of each are printed instead so a reader can judge.
 */
import { seedDemoData } from "~/modules/demo/demo-seed.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { SYNONYM_SEEDS } from "~/modules/reference/synonyms";
import { MeilisearchIndex } from "~/modules/search/meilisearch/meilisearch-index.server";
import { PostgresSearchIndex } from "~/modules/search/postgres/postgres-search-index.server";
import { allSearchDocuments } from "~/modules/search/search-documents.server";
import {
  EMPTY_QUERY,
  MAX_PER_PAGE,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from "~/modules/search/search-index";
import { databaseServer, freshDatabase } from "./bench-support";

const DATABASE = "antenne_search_compare";
const MEILISEARCH_URL = process.env.MEILISEARCH_URL;
if (!MEILISEARCH_URL) throw new Error("npm run search:compare needs MEILISEARCH_URL");

const HANNOVER = { latitude: 52.37, longitude: 9.733 };
const ROUEN = { latitude: 49.443, longitude: 1.089 };

interface Case {
  name: string;
  query: Partial<SearchQuery>;
  /** The order of the hits is part of the promise (every sort but relevance). */
  ordered?: boolean;
}

const CASES: Case[] = [
  { name: "everything_newest_first", query: {}, ordered: true },
  { name: "accents_mecatronique", query: { text: "mecatronique" } },
  { name: "accents_MÉCATRONIQUE", query: { text: "MÉCATRONIQUE" } },
  { name: "accents_Backer_for_Bäcker", query: { text: "backer" } },
  { name: "typo_hotle", query: { text: "hotle" } },
  { name: "typo_Tsichler", query: { text: "Tsichler" } },
  { name: "typo_Mechatronikr", query: { text: "Mechatronikr" } },
  { name: "typo_two_in_nine_Elektronikre", query: { text: "Elektornikre" } },
  { name: "short_word_no_typo_Kch", query: { text: "Kch" } },
  { name: "prefix_mech", query: { text: "mech" } },
  { name: "prefix_cuis", query: { text: "cuis" } },
  { name: "prefix_boul", query: { text: "boul" } },
  { name: "synonym_Koch", query: { text: "Koch" } },
  { name: "synonym_cuisinier", query: { text: "cuisinier" } },
  { name: "synonym_Mechatronik", query: { text: "Mechatronik" } },
  { name: "synonym_several_words_mecanicien_automobile", query: { text: "mécanicien automobile" } },
  { name: "synonym_hyphen_Kfz-Mechatroniker", query: { text: "Kfz-Mechatroniker" } },
  { name: "synonym_spaces_Kfz_Mechatroniker", query: { text: "Kfz Mechatroniker" } },
  { name: "place_Hanovre", query: { text: "Hanovre" } },
  { name: "place_Hannover", query: { text: "Hannover" } },
  { name: "place_Rouen", query: { text: "Rouen" } },
  {
    name: "radius_hannover_50km_distance",
    query: { near: { ...HANNOVER, radiusKm: 50 }, sort: "distance" },
    ordered: true,
  },
  { name: "radius_rouen_80km_distance", query: { near: { ...ROUEN, radiusKm: 80 }, sort: "distance" }, ordered: true },
  { name: "radius_koch_hannover_100km", query: { text: "Koch", near: { ...HANNOVER, radiusKm: 100 } } },
  { name: "dates_may_june_2027", query: { availableFrom: "2027-05-10", availableTo: "2027-06-11" } },
  {
    name: "dates_two_weeks_september_2027",
    query: { availableFrom: "2027-09-06", availableTo: "2027-09-17", weeks: 2 },
  },
  {
    name: "dates_earliest_start",
    query: { availableFrom: "2027-01-01", availableTo: "2027-12-31", sort: "start" },
    ordered: true,
  },
  { name: "facets_field_hospitality", query: { fields: ["hospitality"] } },
  { name: "facets_fields_two_and_country", query: { fields: ["mechatronics", "vehicles"], countries: ["FR"] } },
  {
    name: "facets_level_accommodation_minors",
    query: { level: "B1", accommodation: ["PROVIDED"], minorsWelcome: true },
  },
  { name: "facets_text_and_field", query: { text: "stage", fields: ["retail"] } },
];

async function main() {
  const { serverUrl, stop } = await databaseServer();
  try {
    process.env.DATABASE_URL = await freshDatabase(serverUrl, DATABASE);
    const { db, disconnectDb } = await import("~/utils/db.server");
    await ensureReferenceData(db());
    await seedDemoData(db());
    const synonyms = SYNONYM_SEEDS.map((group) => [...group]);

    const postgres = new PostgresSearchIndex(db());
    await postgres.prepare();
    await postgres.setSynonyms(synonyms);
    await postgres.rebuild(allSearchDocuments());
    const meilisearch = new MeilisearchIndex({
      url: MEILISEARCH_URL!,
      apiKey: process.env.MEILISEARCH_API_KEY || undefined,
      indexName: DATABASE,
    });
    await meilisearch.prepare();
    await meilisearch.rebuild(allSearchDocuments());
    await meilisearch.setSynonyms(synonyms);

    let differing = 0;
    for (const { name, query, ordered } of CASES) {
      const [a, b] = await Promise.all([everything(postgres, query), everything(meilisearch, query)]);
      const differences = compare(a, b, ordered ?? false);
      if (differences.length > 0) differing++;
      console.log(`case=${name} same=${differences.length === 0 ? "yes" : "no"} total=${a.total}/${b.total}`);
      for (const line of differences) console.log(`  ${line}`);
      if (!ordered && a.hits.length > 0) {
        console.log(`  top postgres:    ${a.hits.slice(0, 5).map(label).join(" | ")}`);
        console.log(`  top meilisearch: ${b.hits.slice(0, 5).map(label).join(" | ")}`);
      }
    }
    console.log(`cases=${CASES.length} differing=${differing}`);
    await disconnectDb();
  } finally {
    await stop();
  }
}

/** Every hit of a query (paged through), with the first page's total and facets. */
async function everything(index: SearchIndex, query: Partial<SearchQuery>): Promise<SearchResult> {
  const first = await index.search({ ...EMPTY_QUERY, ...query, perPage: MAX_PER_PAGE });
  const hits = [...first.hits];
  for (let page = 2; hits.length < Math.min(first.total, 1000); page++) {
    const next = await index.search({ ...EMPTY_QUERY, ...query, perPage: MAX_PER_PAGE, page });
    if (next.hits.length === 0) break;
    hits.push(...next.hits);
  }
  return { ...first, hits };
}

function compare(postgres: SearchResult, meilisearch: SearchResult, ordered: boolean): string[] {
  const differences: string[] = [];
  if (postgres.total !== meilisearch.total || postgres.totalIsExact !== meilisearch.totalIsExact) {
    differences.push(`total postgres=${postgres.total} meilisearch=${meilisearch.total}`);
  }
  const inMeilisearch = new Set(meilisearch.hits.map((hit) => hit.id));
  const inPostgres = new Set(postgres.hits.map((hit) => hit.id));
  const onlyPostgres = postgres.hits.filter((hit) => !inMeilisearch.has(hit.id));
  const onlyMeilisearch = meilisearch.hits.filter((hit) => !inPostgres.has(hit.id));
  if (onlyPostgres.length > 0) differences.push(`only postgres: ${onlyPostgres.map(label).join(" | ")}`);
  if (onlyMeilisearch.length > 0) differences.push(`only meilisearch: ${onlyMeilisearch.map(label).join(" | ")}`);
  if (ordered && onlyPostgres.length === 0 && onlyMeilisearch.length === 0) {
    const at = postgres.hits.findIndex((hit, i) => hit.id !== meilisearch.hits[i]?.id);
    if (at >= 0) {
      differences.push(
        `order differs from hit ${at + 1}: postgres ${label(postgres.hits[at]!)} meilisearch ${label(meilisearch.hits[at]!)}`,
      );
    }
  }
  const facets =
    JSON.stringify(postgres.facets) === JSON.stringify(meilisearch.facets) ? null : facetDiff(postgres, meilisearch);
  if (facets) differences.push(`facets ${facets}`);
  return differences;
}

function facetDiff(postgres: SearchResult, meilisearch: SearchResult): string {
  const flat = (result: SearchResult) =>
    Object.entries(result.facets).flatMap(([group, counts]) =>
      Object.entries(counts as Record<string, number>).map(([value, n]) => [`${group}.${value}`, n] as const),
    );
  const a = new Map(flat(postgres).filter(([, n]) => n > 0));
  const b = new Map(flat(meilisearch).filter(([, n]) => n > 0));
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((key) => (a.get(key) ?? 0) !== (b.get(key) ?? 0))
    .map((key) => `${key}=${a.get(key) ?? 0}/${b.get(key) ?? 0}`)
    .join(" ");
}

function label(hit: SearchHit): string {
  const distance = hit.distanceKm === null ? "" : ` ${hit.distanceKm.toFixed(1)} km`;
  return `#${hit.number} ${hit.titleDe ?? hit.titleFr}${distance}`;
}

await main();
