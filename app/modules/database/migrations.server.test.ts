import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { withAdminClient } from "../../../test/postgres-admin";
import { migrationChecksum } from "./migration-plan";
import { applyMigrations, MigrationError } from "./migrations.server";

const serverUrl = inject("postgresServerUrl");
let databaseUrl: string;
let databaseName: string;
let dir: string;

const admin = <T>(run: (client: pg.Client) => Promise<T>) => withAdminClient(serverUrl, run);

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function writeMigration(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

beforeEach(async () => {
  databaseName = `antenne_test_file_${inject("testRunId")}_${randomBytes(4).toString("hex")}`;
  await admin((client) => client.query(`CREATE DATABASE ${databaseName}`));
  databaseUrl = `${serverUrl}/${databaseName}`;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-migrations-"));
});

afterEach(async () => {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies migrations in order and records them the way prisma migrate deploy does", async () => {
    writeMigration("20260102000000_second", `ALTER TABLE "thing" ADD COLUMN "size" INTEGER;`);
    writeMigration("20260101000000_first", `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`);

    const result = await applyMigrations(databaseUrl, { dir });

    expect(result.applied).toEqual(["20260101000000_first", "20260102000000_second"]);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(rows[0]?.checksum).toBe(migrationChecksum(`CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`));
    expect(rows.every((row) => row.finished_at !== null && row.applied_steps_count === 1)).toBe(true);
    const columns = await query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'thing' ORDER BY column_name`,
    );
    expect(columns.map((c) => c.column_name)).toEqual(["id", "size"]);
  });

  it("does nothing the second time", async () => {
    writeMigration("20260101000000_first", `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`);
    await applyMigrations(databaseUrl, { dir });
    expect((await applyMigrations(databaseUrl, { dir })).applied).toEqual([]);
  });

  it("refuses an applied migration whose file was changed, naming it", async () => {
    writeMigration("20260101000000_first", `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`);
    await applyMigrations(databaseUrl, { dir });
    writeMigration("20260101000000_first", `CREATE TABLE "thing" ("id" BIGSERIAL PRIMARY KEY);`);

    await expect(applyMigrations(databaseUrl, { dir })).rejects.toThrow(
      /Migration 20260101000000_first was changed after it was applied/,
    );
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    writeMigration("20260101000000_first", `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY);`);
    writeMigration("20260102000000_broken", `CREATE TABLE "other" ("id" INTEGER); SELECT * FROM "no_such_table";`);

    const failure = applyMigrations(databaseUrl, { dir });
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toThrow(/20260102000000_broken failed and was rolled back/);

    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "thing"]);
    const rows = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows.map((row) => row.migration_name)).toEqual(["20260101000000_first"]);
  });

  it("applies each migration once when several processes start at the same moment", async () => {
    // Without the lock, the second runner would fail on "relation already exists" or insert a
    // second history row.
    writeMigration("20260101000000_first", `CREATE TABLE "thing" ("id" SERIAL PRIMARY KEY); SELECT pg_sleep(0.2);`);
    writeMigration("20260102000000_second", `INSERT INTO "thing" DEFAULT VALUES;`);

    const results = await Promise.all([1, 2, 3, 4].map(() => applyMigrations(databaseUrl, { dir })));

    expect(results.flatMap((result) => result.applied).sort()).toEqual([
      "20260101000000_first",
      "20260102000000_second",
    ]);
    expect(await query(`SELECT * FROM "_prisma_migrations"`)).toHaveLength(2);
    expect(await query(`SELECT * FROM "thing"`)).toHaveLength(1);
  });
});
