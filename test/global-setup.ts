import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "~/modules/database/embedded-postgres.server";
import { applyMigrations } from "~/modules/database/migrations.server";
import { logger } from "~/utils/logger.server";
import { withAdminClient } from "./postgres-admin";

/**
 * Once per `npm test`: finds a PostgreSQL (DATABASE_URL, or a throw-away embedded one), builds a
 * template database with all migrations and the reference data, and hands its name to the
 * workers. Each test file then gets its own copy (test/setup-database.ts).
 */
declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    templateDatabase: string;
    testRunId: string;
  }
}

export const TEST_DATABASE_PREFIX = "antenne_test_";

export default async function setup(project: TestProject) {
  const runId = String(process.pid);
  let serverUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = "";
    serverUrl = url.toString().replace(/\/$/, "");
  } else {
    // A fresh cluster per run: concurrent runs never meet, and nothing is left behind.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-test-pg-"));
    fs.rmdirSync(dataDir);
    const server = await startEmbeddedPostgres({ dataDir, logger });
    serverUrl = server.serverUrl;
    stop = async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }

  const template = `${TEST_DATABASE_PREFIX}template_${runId}`;
  await withAdminClient(serverUrl, async (admin) => {
    await dropDatabasesOfFinishedRuns(admin);
    await admin.query(`CREATE DATABASE ${template}`);
  });

  const templateUrl = `${serverUrl}/${template}`;
  await applyMigrations(templateUrl);
  // graphile-worker's schema, so that every test database can queue and run jobs.
  const { prepareJobQueue } = await import("~/modules/jobs/job-queue.server");
  await prepareJobQueue(templateUrl);
  process.env.DATABASE_URL = templateUrl;
  const { db, disconnectDb } = await import("~/utils/db.server");
  const { ensureReferenceData } = await import("~/modules/reference/reference-data.server");
  await ensureReferenceData(db());
  // The PostgreSQL search index's tables and synonyms, so each test database can index offers.
  const { prepareSearch } = await import("~/modules/search/search-service.server");
  await prepareSearch();
  await disconnectDb();

  project.provide("postgresServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("testRunId", runId);
  return async () => {
    await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
    await stop();
  };
}

/** On a shared server, databases of interrupted earlier runs would otherwise pile up. */
async function dropDatabasesOfFinishedRuns(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
    `${TEST_DATABASE_PREFIX}%`,
  ]);
  for (const { datname } of rows) {
    const runPid = Number(/_(\d+)(_[0-9a-f]+)?$/.exec(datname)?.[1]);
    if (Number.isInteger(runPid) && isAlive(runPid)) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
