import path from "node:path";
import type { Env } from "~/utils/env";
import type { Logger } from "~/utils/logger.server";
import { ensureDatabase, startEmbeddedPostgres } from "./embedded-postgres.server";

export const EMBEDDED_DATABASE_NAME = "antenne";

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database the app runs on: the server at DATABASE_URL when configured, otherwise the
 * embedded PostgreSQL under `<DATA_DIR>/postgres`. Also sets process.env.DATABASE_URL so that
 * the Prisma client and child processes find it.
 */
export async function connectDatabaseServer(env: Env, logger: Logger): Promise<DatabaseServer> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.join(env.DATA_DIR, "postgres"),
    port: env.EMBEDDED_POSTGRES_PORT,
    logger,
  });
  const url = await ensureDatabase(server.serverUrl, EMBEDDED_DATABASE_NAME);
  process.env.DATABASE_URL = url;
  return { url, embedded: true, stop: () => server.stop() };
}
