import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "~/utils/db.server";
import { withAdminClient } from "./postgres-admin";

/**
 * Every test file gets a database of its own, copied from the migrated template, so tests never
 * see each other's rows and can run in parallel. It is dropped when the file is done.
 */
const serverUrl = inject("postgresServerUrl");
const template = inject("templateDatabase");
const name = `antenne_test_file_${inject("testRunId")}_${randomBytes(4).toString("hex")}`;

const admin = (sql: string) => withAdminClient(serverUrl, (client) => client.query(sql));

await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(template)}`);
process.env.DATABASE_URL = `${serverUrl}/${name}`;

afterAll(async () => {
  await disconnectDb();
  await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
});
