/**
 * npm run bench:search [-- --offers 100000 --queries 200 --reuse --engine postgres|meilisearch|both]
 *
 * Generates a seeded corpus of realistic bilingual offers into a database of its own (on a
 * throw-away embedded PostgreSQL, or on BENCH_DATABASE_URL's server), builds the PostgreSQL
 * search index (--reuse keeps the corpus of an earlier run on BENCH_DATABASE_URL's server when
 * it has the same size and the index's current layout), then times each query class through the adapter's public `search()` — facets
 * included, as the search page asks for them. One line per class:
 *   class=<name> n=<queries> p50_ms=… p95_ms=… p99_ms=… hits=<average total>
 * With --engine meilisearch (or both) and MEILISEARCH_URL (+ MEILISEARCH_API_KEY), the same corpus
 * is also indexed into a Meilisearch index of its own (`antenne_bench_search`, replaced each run)
 * and the same classes are timed there, marked `engine=meilisearch`, after a line with its
 * indexing time and Meilisearch's database size.
 */
import { SYNONYM_SEEDS } from "~/modules/reference/synonyms";
import { MeilisearchIndex } from "~/modules/search/meilisearch/meilisearch-index.server";
import { PostgresSearchIndex } from "~/modules/search/postgres/postgres-search-index.server";
import { EMPTY_QUERY, type SearchIndex, type SearchQuery } from "~/modules/search/search-index";
import {
  databaseServer,
  flagOption,
  freshDatabase,
  keptDatabase,
  numberOption,
  reportClass,
  stringOption,
} from "./bench-support";
import { searchCorpus } from "./search-corpus";

const OFFERS = numberOption("offers", 100_000);
const QUERIES = numberOption("queries", 200);
const REUSE = flagOption("reuse");
const DATABASE = "antenne_bench_search";
const ENGINE = stringOption("engine", "postgres");
if (!["postgres", "meilisearch", "both"].includes(ENGINE)) throw new Error("--engine is postgres, meilisearch or both");
const MEILISEARCH_URL = process.env.MEILISEARCH_URL;
if (ENGINE !== "postgres" && !MEILISEARCH_URL) throw new Error(`--engine ${ENGINE} needs MEILISEARCH_URL`);

const CITIES = {
  hannover: { latitude: 52.37, longitude: 9.733 },
  braunschweig: { latitude: 52.269, longitude: 10.527 },
  rouen: { latitude: 49.443, longitude: 1.089 },
  caen: { latitude: 49.183, longitude: -0.371 },
};

async function main() {
  const { serverUrl, stop } = await databaseServer();
  try {
    const url = REUSE ? await keptDatabase(serverUrl, DATABASE) : await freshDatabase(serverUrl, DATABASE);
    process.env.DATABASE_URL = url;
    const { db, disconnectDb } = await import("~/utils/db.server");
    const index = new PostgresSearchIndex(db());
    await index.prepare();
    await index.setSynonyms(SYNONYM_SEEDS.map((group) => [...group]));

    const [{ offers }] = await db().$queryRawUnsafe<[{ offers: number }]>(
      `SELECT count(*)::int AS offers FROM search_offer`,
    );
    if (REUSE && offers === OFFERS) {
      process.stderr.write(`reusing the ${OFFERS} offers indexed by an earlier run\n`);
    } else {
      const loading = performance.now();
      await index.rebuild(
        (async function* () {
          yield* searchCorpus(OFFERS);
        })(),
        (done) => process.stderr.write(`\rindexing ${done}/${OFFERS}`),
      );
      process.stderr.write(`\rindexed ${OFFERS} offers in ${((performance.now() - loading) / 1000).toFixed(1)} s\n`);
    }

    const common = await commonWord(db());
    const classes = Object.entries(queryClasses(common));
    if (ENGINE !== "meilisearch") {
      for (const [name, queries] of classes) await run(name, queries, index);
    }
    if (MEILISEARCH_URL && ENGINE !== "postgres") {
      const meilisearch = await filledMeilisearch(MEILISEARCH_URL);
      for (const [name, queries] of classes) await run(name, queries, meilisearch, "meilisearch");
    }
    await disconnectDb();
  } finally {
    await stop();
  }
}

/** The same seeded corpus in a Meilisearch index of the bench's own, timed as it is built. */
async function filledMeilisearch(url: string): Promise<MeilisearchIndex> {
  const apiKey = process.env.MEILISEARCH_API_KEY || undefined;
  const index = new MeilisearchIndex({ url, apiKey, indexName: DATABASE, taskTimeoutMs: 1_800_000 });
  const loading = performance.now();
  await index.rebuild(
    (async function* () {
      yield* searchCorpus(OFFERS);
    })(),
    (done) => process.stderr.write(`\rindexing into Meilisearch ${done}/${OFFERS}`),
  );
  await index.setSynonyms(SYNONYM_SEEDS.map((group) => [...group]));
  const seconds = (performance.now() - loading) / 1000;
  const stats = (await (
    await fetch(`${url}/stats`, { headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {} })
  ).json()) as { databaseSize?: number };
  process.stderr.write("\n");
  const mb = ((stats.databaseSize ?? 0) / 1024 / 1024).toFixed(0);
  process.stdout.write(`engine=meilisearch indexed=${OFFERS} index_s=${seconds.toFixed(1)} database_mb=${mb}\n`);
  return index;
}

/** A word found in more than a third of all offers, as the issue asks for the "very common" class. */
async function commonWord(database: { $queryRawUnsafe: <T>(sql: string) => Promise<T> }): Promise<string> {
  const rows = await database.$queryRawUnsafe<{ word: string; ndoc: number }[]>(
    `SELECT word, ndoc FROM ts_stat('SELECT doc FROM search_offer')
     WHERE length(word) >= 5 AND word !~ '[0-9]' ORDER BY ndoc DESC LIMIT 40`,
  );
  const third = OFFERS / 3;
  const word = rows.find((row) => row.ndoc > third && row.ndoc < OFFERS * 0.9)?.word ?? rows[0]?.word ?? "praktikum";
  process.stderr.write(`very common word: "${word}"\n`);
  return word;
}

function queryClasses(common: string): Record<string, Partial<SearchQuery>[]> {
  const cycle = <T>(items: T[]) => Array.from({ length: QUERIES }, (_, i) => items[i % items.length] as T);
  return {
    rare_word: cycle([
      "Brandes",
      "Lefèvre",
      "Hafenlogistik",
      "ébéniste",
      "Dachdecker",
      "Floristin",
      "boulangère",
      "Schweißer",
    ]).map((text) => ({ text })),
    common_word: cycle([common]).map((text) => ({ text })),
    // Beyond the classes, what students type most: words in most titles, and a common
    // word narrowed by a place, a field or dates (the first three once took up to four times the target).
    title_word: cycle(["praktikum", "stage"]).map((text) => ({ text })),
    common_word_near_city: cycle(Object.values(CITIES)).map((city) => ({
      text: common,
      near: { ...city, radiusKm: 50 },
    })),
    common_word_one_field: cycle(["mechatronics", "hospitality", "retail", "construction"]).map((field) => ({
      text: common,
      fields: [field],
    })),
    common_word_dates: cycle([
      ["2027-03-01", "2027-04-15"],
      ["2027-06-01", "2027-07-15"],
      ["2027-09-01", "2027-10-31"],
    ]).map(([availableFrom, availableTo]) => ({ text: common, availableFrom, availableTo })),
    typo: cycle([
      "Mechatronikr",
      "cuisiner",
      "Tischleri",
      "electricein",
      "Einzelhandl",
      "maçonerie",
      "Krankenpflge",
    ]).map((text) => ({ text })),
    prefix: cycle(["mech", "cuis", "elek", "vent", "tisch", "boul", "log"]).map((text) => ({ text })),
    two_filters_all_facets: cycle([
      { fields: ["mechatronics"], countries: ["DE" as const] },
      { fields: ["hospitality", "food"], minorsWelcome: true },
      { level: "B1" as const, accommodation: ["PROVIDED" as const] },
      { countries: ["FR" as const], weeks: 4 },
    ]),
    radius_distance_sort: cycle(Object.values(CITIES)).map((city) => ({
      near: { ...city, radiusKm: 50 },
      sort: "distance" as const,
    })),
  };
}

async function run(name: string, queries: Partial<SearchQuery>[], index: SearchIndex, engine?: string) {
  // Warm-up: the first queries of a class load its pages into memory.
  for (const query of queries.slice(0, 10)) await index.search({ ...EMPTY_QUERY, ...query });
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    const result = await index.search({ ...EMPTY_QUERY, ...query });
    times.push(performance.now() - started);
    hits += result.total;
  }
  reportClass(name, times, hits / times.length, engine);
}

await main();
