import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "~/utils/db.server";

/**
 * Every test file gets a database of its own, copied from the migrated template, so tests never
 * see each other's rows and can run in parallel. It is dropped when the file is done.
 */
const serverUrl = inject("postgresServerUrl");
const template = inject("templateDatabase");
const name = `antenne_test_file_${process.pid}_${randomBytes(4).toString("hex")}`;

const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
await admin.connect();
await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
await admin.end();

process.env.DATABASE_URL = `${serverUrl}/${name}`;

afterAll(async () => {
  await disconnectDb();
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  await client.end();
});
