import "~/utils/clock-from-env";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { connectDatabaseServer } from "~/modules/database/database-server.server";
import { applyMigrations } from "~/modules/database/migrations.server";
import { prepareJobQueue } from "~/modules/jobs/job-queue.server";
import { startJobWorker } from "~/modules/jobs/job-worker.server";
import { CRONTAB, TASKS } from "./worker-tasks.server";
import { DEMO_PASSWORD } from "~/modules/demo/demo-accounts";
import { listDemoAccounts } from "~/modules/demo/demo-banner.server";
import { seedDemoData } from "~/modules/demo/demo-seed.server";
import { ensureProgrammes } from "~/modules/programmes/programmes.server";
import { ensureReferenceData } from "~/modules/reference/reference-data.server";
import { prepareSearch } from "~/modules/search/search-service.server";
import { db, disconnectDb } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { createHttpApp } from "./http-app";

/**
 * The one process of a pilot installation: database (embedded unless DATABASE_URL), migrations,
 * reference and demo data, the job worker, then the web server. Ctrl-C or SIGTERM stops it in reverse order,
 * after the requests in flight are answered.
 */
const mode = process.argv.includes("--dev") ? "development" : "production";
const env = loadEnv();
const startedAt = performance.now();

const database = await connectDatabaseServer(env, logger);
const stopDatabase = async () => {
  await disconnectDb();
  await database.stop();
};

try {
  await applyMigrations(database.url, { logger });
  await prepareJobQueue(database.url, logger);
  await ensureReferenceData(db());
  await ensureProgrammes(db());
  if (env.SEED_DEMO_DATA) {
    const result = await seedDemoData(db());
    if (result.seeded) logger.info(result.counts, "demo data seeded into the empty database");
  }
  // After the demo seed: a first start fills the search index from the offers just written.
  await prepareSearch();
} catch (error) {
  logger.fatal({ err: error }, (error as Error).message);
  await stopDatabase();
  process.exit(1);
}

// The worker sends queued mail and search-index updates in this same process.
const worker = await startJobWorker({
  databaseUrl: database.url,
  logger,
  concurrency: 2,
  tasks: TASKS,
  crontab: CRONTAB,
});
const http = await createHttpApp({
  mode,
  appUrl: env.APP_URL,
  trustProxy: env.TRUST_PROXY,
  publicPageMemorySeconds: env.PUBLIC_PAGE_MEMORY_SECONDS,
});
const server = http.app.listen(env.PORT, env.HOST);
await once(server, "listening");
// Before anything says "listening": from then on requests arrive, and a signal must let them finish.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void shutdown(signal));
}
const port = (server.address() as AddressInfo).port;
logger.info({ port, mode, startupMs: Math.round(performance.now() - startedAt) }, "listening");
printBanner(port, await listDemoAccounts(db()));

async function shutdown(signal: string) {
  if (stopping) {
    logger.warn("second signal: exiting without waiting");
    process.exit(1);
  }
  stopping = true;
  logger.info({ signal }, "shutting down: finishing requests in flight");
  const forceClose = setTimeout(() => server.closeAllConnections(), 10_000);
  forceClose.unref();
  server.close();
  server.closeIdleConnections();
  await once(server, "close");
  await http.close();
  await worker.stop();
  await stopDatabase();
  logger.info("stopped");
  process.exit(0);
}

function printBanner(port: number, accounts: { label: string; email: string }[]) {
  const url = env.APP_URL.includes(`:${env.PORT}`) ? env.APP_URL.replace(`:${env.PORT}`, `:${port}`) : env.APP_URL;
  const lines = [
    "",
    `  Antenne is running at ${url}  (${url}/de · /fr · /en)`,
    `  Database: ${database.embedded ? `embedded PostgreSQL in ${env.DATA_DIR}/postgres` : "DATABASE_URL"}`,
  ];
  if (accounts.length > 0) {
    const width = Math.max(...accounts.map((account) => account.label.length));
    lines.push(`  Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const account of accounts) lines.push(`    ${account.label.padEnd(width)}  ${account.email}`);
  }
  lines.push("  Press Ctrl-C to stop.", "");
  process.stdout.write(`${lines.join("\n")}\n`);
}
