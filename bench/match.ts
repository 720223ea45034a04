/**
 * npm run bench:match [-- --offers 100000 --queries 200]
 *
 * Writes a seeded corpus of realistic published offers (bench/match-corpus.ts) into a database of
 * its own (on a throw-away embedded PostgreSQL, or on BENCH_DATABASE_URL's server), adds a few
 * student profiles of each class, then times `recommendOffers()` — the dashboard's whole call:
 * profile, candidate query, scoring, display data of the top ten. One line per class:
 *   class=<name> n=<queries> p50_ms=… p95_ms=… p99_ms=… hits=<average number of eligible offers>
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "~/modules/database/embedded-postgres.server";
import { applyMigrations } from "~/modules/database/migrations.server";
import { recommendOffers } from "~/modules/matching/recommendations.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { db, disconnectDb } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { loadMatchCorpus } from "./match-corpus";
import { BENCH_NOW, createStudent, eligibleCount, STUDENT_CLASSES } from "./match-students";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const OFFERS = option("offers", 100_000);
const QUERIES = option("queries", 200);
const DATABASE = "antenne_bench_match";

async function main() {
  const { serverUrl, stop } = await databaseServer();
  try {
    await withClient(serverUrl, "postgres", async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    });
    const url = `${serverUrl}/${DATABASE}`;
    await applyMigrations(url);
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
      report(name, times, eligible / students.length);
    }
    await disconnectDb();
  } finally {
    await stop();
  }
}

function report(name: string, times: number[], hits: number) {
  times.sort((a, b) => a - b);
  const at = (share: number) => (times[Math.min(times.length - 1, Math.floor(share * times.length))] ?? 0).toFixed(1);
  console.log(
    `class=${name} n=${times.length} p50_ms=${at(0.5)} p95_ms=${at(0.95)} p99_ms=${at(0.99)} hits=${Math.round(hits)}`,
  );
}

async function databaseServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    const url = new URL(process.env.BENCH_DATABASE_URL);
    url.pathname = "";
    return { serverUrl: url.toString().replace(/\/$/, ""), stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-bench-pg-"));
  fs.rmdirSync(dataDir);
  const server = await startEmbeddedPostgres({ dataDir, logger });
  return {
    serverUrl: server.serverUrl,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(serverUrl: string, database: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: `${serverUrl}/${database}` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

await main();
