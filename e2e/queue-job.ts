/**
 * node --import tsx e2e/queue-job.ts <task> [payload as JSON]
 *
 * Queues one of the app's jobs to run now, in the e2e server's database (DATA_DIR=.data/e2e), the
 * way the crontab would: the running server's worker picks it up. The browser tests use it for
 * what only the clock starts, such as the morning's saved-search alerts.
 */
import { withDatabase } from "~/cli/with-database";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import type { TaskName } from "~/modules/jobs/job-contracts";
import { db } from "~/utils/db.server";

const [task, payload = "{}"] = process.argv.slice(2);
if (!task) {
  process.stderr.write("Usage: node --import tsx e2e/queue-job.ts <task> [payload as JSON]\n");
  process.exit(2);
}

await withDatabase(async () => {
  // enqueueJob refuses an unknown task and checks the payload against the task's contract.
  await enqueueJob(db(), task as TaskName, JSON.parse(payload) as never);
  process.stdout.write(`Queued ${task}.\n`);
});
