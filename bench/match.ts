/**
 * npm run bench:match [-- --offers 100000 --queries 200]
 *
 * Writes a seeded corpus of realistic published offers (bench/match-corpus.ts) into a database of
 * its own (on a throw-away embedded PostgreSQL, or on BENCH_DATABASE_URL's server), adds a few
 * student profiles of each class, then times `recommendOffers()` — the dashboard's whole call:
 * profile, candidate query, scoring, display data of the top ten. One line per class:
 *   class=<name> n=<queries> p50_ms=… p95_ms=… p99_ms=… hits=<average number of eligible offers>
 */
import { recommendOffers } from "~/modules/matching/recommendations.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { db, disconnectDb } from "~/utils/db.server";
import { databaseServer, freshDatabase, numberOption, reportClass, withClient } from "./bench-support";
import { loadMatchCorpus } from "./match-corpus";
import { BENCH_NOW, createStudent, eligibleCount, STUDENT_CLASSES } from "./match-students";

const OFFERS = numberOption("offers", 100_000);
const QUERIES = numberOption("queries", 200);
const DATABASE = "antenne_bench_match";

async function main() {
  const { serverUrl, stop } = await databaseServer();
  try {
    const url = await freshDatabase(serverUrl, DATABASE);
    // Read at the first query, so the application's modules may be imported before.
    process.env.DATABASE_URL = url;
    await ensureReferenceData(db());

    const loading = performance.now();
    const loaded = await withClient(serverUrl, DATABASE, async (client) => {
      return loadMatchCorpus(client, OFFERS, (done) => process.stderr.write(`\rwriting offers ${done}`));
    });
    const seconds = ((performance.now() - loading) / 1000).toFixed(1);
    process.stderr.write(`\rwrote ${loaded.offers} offers of ${loaded.companies} companies in ${seconds} s`);
    process.stderr.write("\n");

    for (const [name, specs] of Object.entries(STUDENT_CLASSES)) {
      const students: string[] = [];
      for (const [index, spec] of specs.entries()) students.push(await createStudent(`${name}-${index}`, spec));
      const queries = Array.from({ length: QUERIES }, (_, i) => students[i % students.length]!);
      // Warm-up: the first calls of a class load its pages into memory (and let V8 compile the scoring).
      for (const student of queries.slice(0, 10)) await recommendOffers(student, { language: "de", now: BENCH_NOW });
      const times: number[] = [];
      for (const student of queries) {
        const started = performance.now();
        await recommendOffers(student, { language: "de", now: BENCH_NOW });
        times.push(performance.now() - started);
      }
      let eligible = 0;
      for (const student of students) eligible += await eligibleCount(student);
      reportClass(name, times, eligible / students.length);
    }
    await disconnectDb();
  } finally {
    await stop();
  }
}

await main();
