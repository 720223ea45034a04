import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Logger } from "~/utils/logger.server";
import { migrationChecksum, planMigrations, type AppliedMigration, type MigrationFile } from "./migration-plan";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** The advisory lock key `prisma migrate` uses, so our runner and Prisma's exclude each other. */
const PRISMA_ADVISORY_LOCK = 72707369;

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

export function readMigrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => {
      const sql = fs.readFileSync(path.join(dir, entry.name, "migration.sql"), "utf8");
      return { name: entry.name, sql, checksum: migrationChecksum(sql) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Applies pending migrations in name order, each in its own transaction, and records them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does. A session-level advisory lock
 * makes concurrent starts wait for each other, so nothing is ever applied twice.
 */
export async function applyMigrations(
  databaseUrl: string,
  options: { logger?: Logger; dir?: string } = {},
): Promise<{ applied: string[] }> {
  const files = readMigrationFiles(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await ensureMigrationsTable(client);
    const applied = await client.query<AppliedMigration>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const plan = planMigrations(files, applied.rows);
    if (!plan.ok) throw new MigrationError(plan.message);

    for (const migration of plan.pending) {
      await applyOne(client, migration);
      options.logger?.info({ migration: migration.name }, "migration applied");
    }
    return { applied: plan.pending.map((m) => m.name) };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

async function ensureMigrationsTable(client: pg.Client): Promise<void> {
  // Same definition as Prisma's, so `prisma migrate deploy` can take over on a machine that has it.
  await client.query(`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"            VARCHAR(64) NOT NULL,
      "finished_at"         TIMESTAMPTZ,
      "migration_name"      VARCHAR(255) NOT NULL,
      "logs"                TEXT,
      "rolled_back_at"      TIMESTAMPTZ,
      "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  try {
    await client.query("BEGIN");
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    // The transaction is gone, so the database is exactly as before this migration.
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
  }
}
