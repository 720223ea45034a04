import { run, runOnce, type JobHelpers, type TaskList } from "graphile-worker";
import { logger as appLogger, type Logger } from "~/utils/logger.server";
import { parseTaskPayload, type TaskRegistry } from "./task-definition";
import { graphileLogger } from "./worker-logger";
import { clockShiftMs } from "~/utils/clock";

export interface JobWorker {
  /** Takes no new jobs, waits for running ones (graphile-worker aborts them after 5 s), closes its pool. */
  stop(): Promise<void>;
}

export interface JobWorkerOptions {
  databaseUrl: string;
  logger?: Logger;
  /** Jobs run at the same time in this process. */
  concurrency?: number;
  /** The handlers by task name: the app's come from its composition root (app/server/worker-tasks.server.ts). */
  tasks: TaskRegistry;
  /**
   * Recurring jobs in graphile-worker's crontab format; none by default (a test's own task list).
   * A string (even empty) also keeps graphile-worker from looking for a `crontab` file.
   */
  crontab?: string;
}

/**
 * Runs queued jobs in the background until stopped. New jobs are picked up at once through
 * LISTEN/NOTIFY; retries that come due are found by polling every two seconds. Signals are left
 * to the process (main.ts), which stops the worker in its own shutdown order.
 */
export async function startJobWorker({
  databaseUrl,
  logger = appLogger,
  concurrency = 2,
  tasks,
  crontab = "",
}: JobWorkerOptions): Promise<JobWorker> {
  const runner = await run({
    connectionString: databaseUrl,
    concurrency,
    maxPoolSize: concurrency + 2,
    pollInterval: 2_000,
    noHandleSignals: true,
    useNodeTime: movedClock(),
    logger: graphileLogger(logger),
    taskList: toTaskList(tasks, logger),
    crontab,
  });
  let stopping: Promise<void> | undefined;
  runner.promise.catch((error: unknown) => {
    // Queued jobs are not lost: they wait in the database for the next start.
    if (!stopping) logger.error({ err: error }, "job worker stopped after an error; jobs wait for the next start");
  });
  return {
    stop() {
      stopping ??= runner.stop();
      return stopping;
    },
  };
}

/**
 * Runs every job that is due now, one at a time, and returns when none is left. For tests (which
 * drain the queue at the point they choose) and command-line use. A failing job does not make
 * it throw: the job stays queued for a later attempt, as with the background worker.
 */
export async function runQueuedJobs(
  databaseUrl: string,
  { logger = appLogger, tasks }: { logger?: Logger; tasks: TaskRegistry },
): Promise<void> {
  await runOnce({
    connectionString: databaseUrl,
    maxPoolSize: 2,
    noHandleSignals: true,
    useNodeTime: movedClock(),
    logger: graphileLogger(logger),
    taskList: toTaskList(tasks, logger),
  });
}

/**
 * With ANTENNE_TODAY (ADR 31) graphile-worker counts due times, locks and its cron with Node's
 * clock, which is the app's; PostgreSQL's `now()` would be the real date, so a cron job stamped
 * with the app's time would never come due.
 */
const movedClock = () => clockShiftMs() !== 0;

/** Wraps each task so that its payload is checked before it runs (jobs may predate a change). */
export function toTaskList(tasks: TaskRegistry, logger: Logger): TaskList {
  const list: TaskList = {};
  for (const [name, definition] of Object.entries(tasks)) {
    list[name] = async (payload: unknown, helpers: JobHelpers) => {
      const { job } = helpers;
      const context = {
        logger: logger.child({ component: "job", task: name, jobId: job.id, attempt: job.attempts }),
        jobId: job.id,
        attempt: job.attempts,
        maxAttempts: job.max_attempts,
      };
      await definition.run(parseTaskPayload(name, definition.payload, payload), context);
    };
  }
  return list;
}
