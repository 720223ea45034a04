/**
 * Runs every job that is due now with the app's own handlers, as the server's worker would: the
 * tests drain the queue at the point they choose. `tasks` replaces the handlers (a failing index,
 * a stand-in service).
 */
import { runQueuedJobs as runJobs } from "~/modules/jobs/job-worker.server";
import type { TaskRegistry } from "~/modules/jobs/task-definition";
import { TASKS } from "~/server/worker-tasks.server";
import type { Logger } from "~/utils/logger.server";

export function runQueuedJobs(
  databaseUrl: string,
  { logger, tasks = TASKS }: { logger?: Logger; tasks?: TaskRegistry } = {},
): Promise<void> {
  return runJobs(databaseUrl, { logger, tasks });
}
