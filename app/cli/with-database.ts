import { connectDatabaseServer, type DatabaseServer } from "~/modules/database/database-server.server";
import { disconnectDb } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";

/**
 * Runs a command-line task against the app's database (embedded unless DATABASE_URL), then
 * stops what it started. Failures print one clear line and exit with status 1.
 */
export async function withDatabase(task: (database: DatabaseServer) => Promise<void>): Promise<never> {
  const env = loadEnv();
  let database: DatabaseServer | undefined;
  let status = 0;
  try {
    database = await connectDatabaseServer(env, logger);
    await task(database);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    status = 1;
  } finally {
    await disconnectDb();
    await database?.stop();
  }
  process.exit(status);
}
