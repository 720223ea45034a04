import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "~/modules/database/embedded-postgres.server";
import { applyMigrations } from "~/modules/database/migrations.server";
import { logger } from "~/utils/logger.server";

/**
 * What the benchmarks share: their command-line options, a database server of their own (a
 * throw-away embedded PostgreSQL, or BENCH_DATABASE_URL's server), a freshly migrated database on
 * it, and the one-line report per query class.
 */
const args = process.argv.slice(2);

/** `--name <number>` from the command line, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

export async function databaseServer(): Promise<{ serverUrl: string; stop: () => Promise<void> }> {
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

export async function withClient<T>(serverUrl: string, database: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: `${serverUrl}/${database}` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** `--name <text>` from the command line, or the fallback. */
export function stringOption(name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
}

/** `--name` given on the command line. */
export function flagOption(name: string): boolean {
  return args.includes(`--${name}`);
}

/**
 * The database of an earlier run, kept (created and migrated if missing): with --reuse a
 * benchmark skips generating a corpus that is already there.
 */
export async function keptDatabase(serverUrl: string, database: string): Promise<string> {
  await withClient(serverUrl, "postgres", async (admin) => {
    const found = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${database}`);
  });
  const url = `${serverUrl}/${database}`;
  await applyMigrations(url);
  return url;
}

/** Drops and creates the database, applies the migrations, and returns its URL. */
export async function freshDatabase(serverUrl: string, database: string): Promise<string> {
  await withClient(serverUrl, "postgres", async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  });
  const url = `${serverUrl}/${database}`;
  await applyMigrations(url);
  return url;
}

/** `[engine=<engine> ]class=<name> n=<queries> p50_ms=… p95_ms=… p99_ms=… hits=<average>` on stdout. */
export function reportClass(name: string, times: number[], hits: number, engine?: string): void {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0).toFixed(1);
  console.log(
    `${engine ? `engine=${engine} ` : ""}class=${name} n=${sorted.length} p50_ms=${at(0.5)} p95_ms=${at(0.95)} p99_ms=${at(0.99)} hits=${Math.round(hits)}`,
  );
}
