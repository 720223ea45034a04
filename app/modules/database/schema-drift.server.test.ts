import pg from "pg";
import { describe, expect, it } from "vitest";
import { checkSchemaDrift, introspectDatabase } from "./schema-drift.server";

/**
 * Runs against this file's own migrated database (test/setup-database.ts). Each break is what a
 * forgotten or wrong migration would leave behind; it is made in a transaction that is rolled
 * back, and the database is read through the same client, so tests stay independent.
 */
function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set by the test setup");
  return url;
}

async function driftAfter(sql: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(sql);
    return await checkSchemaDrift(client);
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}

describe("checkSchemaDrift on the migrated database", () => {
  it("finds schema.prisma and the migrations in agreement", async () => {
    expect(await checkSchemaDrift(databaseUrl())).toEqual([]);
  });

  it("reads the migrated database in the normalized form", async () => {
    const shape = await introspectDatabase(databaseUrl());
    const offer = shape.tables.offer!;
    const col = (name: string) => offer.columns.find((c) => c.name === name);
    expect(col("number")).toEqual({ name: "number", type: "integer", nullable: false, default: "nextval" });
    expect(col("hours_per_day")).toMatchObject({ type: "numeric(4,2)", nullable: false, default: null });
    expect(col("work_days")).toMatchObject({ type: "integer[]", nullable: true });
    expect(col("status")).toMatchObject({ type: "OfferStatus", default: "'DRAFT'" });
    expect(col("created_at")).toMatchObject({ type: "timestamptz(3)", default: "CURRENT_TIMESTAMP" });
    expect(offer.indexes).toContainEqual({
      name: "offer_status_published_at_idx",
      columns: ["status", "published_at"],
    });
    expect(shape.tables.company_member!.primaryKey).toEqual({
      name: "company_member_pkey",
      columns: ["company_id", "user_id"],
    });
    expect(shape.enums.CefrLevel).toEqual(["A1", "A2", "B1", "B2", "C1", "C2"]);
  });

  it("reports a dropped column", async () => {
    expect(await driftAfter(`ALTER TABLE offer DROP COLUMN title_de`)).toEqual([
      'table "offer": column "title_de" is missing in the database',
    ]);
  });

  it("reports a changed column type", async () => {
    expect(await driftAfter(`ALTER TABLE offer ALTER COLUMN min_age TYPE text`)).toEqual([
      'table "offer": column "min_age" has type text in the database, schema.prisma says integer',
    ]);
  });

  it("reports a NOT NULL column that became nullable", async () => {
    expect(await driftAfter(`ALTER TABLE offer ALTER COLUMN slug DROP NOT NULL`)).toEqual([
      'table "offer": column "slug" is nullable in the database, schema.prisma says NOT NULL',
    ]);
  });

  it("reports changed and dropped defaults", async () => {
    expect(
      await driftAfter(`
        ALTER TABLE app_user ALTER COLUMN locale SET DEFAULT 'fr';
        ALTER TABLE company ALTER COLUMN status DROP DEFAULT;`),
    ).toEqual([
      "table \"app_user\": column \"locale\" has default 'fr' in the database, schema.prisma says default 'de'",
      'table "company": column "status" has no default in the database, schema.prisma says default \'PENDING\'',
    ]);
  });

  it("reports a dropped index", async () => {
    expect(await driftAfter(`DROP INDEX offer_place_id_idx`)).toEqual([
      'missing index "offer_place_id_idx" on offer(place_id)',
    ]);
  });

  it("reports a dropped unique index", async () => {
    expect(await driftAfter(`DROP INDEX app_user_email_key`)).toEqual([
      'missing unique index "app_user_email_key" on app_user(email)',
    ]);
  });

  it("reports a dropped foreign key", async () => {
    expect(await driftAfter(`ALTER TABLE offer DROP CONSTRAINT offer_place_id_fkey`)).toEqual([
      'missing foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id) ON DELETE RESTRICT ON UPDATE CASCADE',
    ]);
  });

  it("reports a foreign key whose ON DELETE changed", async () => {
    expect(
      await driftAfter(`
        ALTER TABLE offer DROP CONSTRAINT offer_place_id_fkey;
        ALTER TABLE offer ADD CONSTRAINT offer_place_id_fkey FOREIGN KEY (place_id) REFERENCES place(id)
          ON DELETE CASCADE ON UPDATE CASCADE;`),
    ).toEqual([
      'foreign key "offer_place_id_fkey" on offer(place_id) referencing place(id) has ON DELETE CASCADE in the database, schema.prisma says RESTRICT',
    ]);
  });

  it("reports an enum value that schema.prisma does not have", async () => {
    expect(await driftAfter(`ALTER TYPE "OfferStatus" ADD VALUE 'DELETED'`)).toEqual([
      'enum "OfferStatus": unexpected value "DELETED" in the database',
    ]);
  });

  it("reports a table that schema.prisma does not have", async () => {
    expect(await driftAfter(`CREATE TABLE legacy_import (id SERIAL PRIMARY KEY, message TEXT NOT NULL)`)).toEqual([
      'unexpected table "legacy_import" in the database (not in schema.prisma)',
    ]);
  });

  it("ignores hand-made full-text search objects named search_…", async () => {
    const sql = `
      ALTER TABLE offer ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title_de, '') || ' ' || coalesce(title_fr, ''))) STORED;
      CREATE INDEX search_offer_vector_idx ON offer USING gin (search_vector);
      CREATE INDEX offer_title_fts ON offer USING gin (to_tsvector('simple', coalesce(title_de, '')));`;
    expect(await driftAfter(sql)).toEqual([
      `unexpected index "offer_title_fts" on offer(to_tsvector('simple'::regconfig, COALESCE(title_de, ''::text))) using gin`,
    ]);
  });
});
