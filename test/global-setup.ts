import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "~/modules/database/embedded-postgres.server";
import { applyMigrations } from "~/modules/database/migrations.server";
import { logger } from "~/utils/logger.server";

/**
 * Once per `npm test`: finds a PostgreSQL (DATABASE_URL, or an embedded one under
 * .data/postgres-test), builds a template database with all migrations and the reference data,
 * and hands its name to the workers. Each test file then gets its own copy (test/setup-database.ts).
 */
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    templateDatabase: string;
  }
}

const TEMPLATE = "antenne_test_template";

export default async function setup(project: TestProject) {
  let serverUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "";
    serverUrl = url.toString().replace(/\/$/, "");
  } else {
    const server = await startEmbeddedPostgres({ dataDir: ".data/postgres-test", logger });
    serverUrl = server.serverUrl;
    stop = server.stop;
  }

  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    await dropLeftoverTestDatabases(admin);
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  } finally {
    await admin.end();
  }

  const templateUrl = `${serverUrl}/${TEMPLATE}`;
  await applyMigrations(templateUrl);
  process.env.DATABASE_URL = templateUrl;
  const { db, disconnectDb } = await import("~/utils/db.server");
  const { ensureReferenceData } = await import("~/modules/reference/reference-data.server");
  await ensureReferenceData(db());
  await disconnectDb();

  project.provide("postgresServerUrl", serverUrl);
  project.provide("templateDatabase", TEMPLATE);
  return async () => {
    await stop();
  };
}

/** Databases of an interrupted earlier run would otherwise pile up. */
async function dropLeftoverTestDatabases(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'antenne_test_file_%'`,
  );
  for (const row of rows) {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(row.datname)} WITH (FORCE)`);
  }
}
