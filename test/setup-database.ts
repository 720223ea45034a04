import { randomBytes } from "node:crypto";
import { Meilisearch } from "meilisearch";
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
// With a real Meilisearch (MEILISEARCH_URL), each test file also gets indexes of its own.
if (process.env.MEILISEARCH_URL) process.env.MEILISEARCH_INDEX = name;

afterAll(async () => {
  await deleteMeilisearchIndexes(name);
  await disconnectDb();
  await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
});

/** The file's live index and any rebuild it left (`<name>_<timestamp>`). */
async function deleteMeilisearchIndexes(prefix: string) {
  const host = process.env.MEILISEARCH_URL;
  if (!host) return;
  const client = new Meilisearch({ host, apiKey: process.env.MEILISEARCH_API_KEY || undefined });
  const { results } = await client.getIndexes({ limit: 1000 });
  for (const index of results.filter((each) => each.uid === prefix || each.uid.startsWith(`${prefix}_`))) {
    await client.deleteIndexIfExists(index.uid);
  }
}
