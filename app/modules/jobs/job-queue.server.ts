import { runMigrations } from "graphile-worker";
import type { SqlClient } from "~/utils/db.server";
import { logger as appLogger, type Logger } from "~/utils/logger.server";
import { JOBS, type TaskName, type TaskPayload } from "./job-contracts";
import { parseTaskPayload, UnknownTaskError, type JobContract } from "./task-definition";
import { graphileLogger } from "./worker-logger";
import { clockShiftMs } from "~/utils/clock";

/** Ten attempts with graphile-worker's backoff (exp(n) seconds) span about six hours. */
export const DEFAULT_MAX_ATTEMPTS = 10;

export interface EnqueueOptions {
  /** Not before this instant; default: now. */
  runAt?: Date;
  /**
   * At most one waiting job per key: enqueueing again replaces the waiting job's payload and
   * time (graphile-worker's "replace" mode), e.g. one reminder per application.
   */
  jobKey?: string;
  maxAttempts?: number;
}

/**
 * Installs or updates graphile-worker's own schema (`graphile_worker`). Run it at start-up after
 * our migrations; it takes graphile-worker's lock, so concurrent starts wait for each other.
 */
export async function prepareJobQueue(databaseUrl: string, logger: Logger = appLogger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: graphileLogger(logger), maxPoolSize: 1 });
}

/**
 * Queues a job in the caller's transaction: it is committed or rolled back with the data change
 * that caused it, so no job runs for a change that never happened and none is lost for one that
 * did. The payload is checked here, where a mistake can still be seen by the caller.
 */
export async function enqueueJob<Name extends TaskName>(
  client: SqlClient,
  task: Name,
  payload: TaskPayload<Name>,
  options: EnqueueOptions = {},
): Promise<void> {
  // Guards callers that got around the types (a name from data, a cast).
  const contract = (JOBS as Record<string, JobContract | undefined>)[task];
  if (!contract) throw new UnknownTaskError(task, Object.keys(JOBS));
  const valid: unknown = parseTaskPayload(task, contract.payload, payload);
  await client.$executeRaw`
    SELECT graphile_worker.add_job(
      identifier => ${task}::text,
      payload => ${JSON.stringify(valid)}::json,
      run_at => ${runAtOf(options)}::timestamptz,
      max_attempts => ${options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS}::int,
      job_key => ${options.jobKey ?? null}::text
    )`;
}

/**
 * When the job is due: as asked, else now. Left to PostgreSQL's `now()` (null) unless the clock is
 * moved (ADR 31): then the worker counts with Node's time, and a job must carry the app's time so
 * that a retry's backoff (graphile-worker adds it to the later of `now()` and `run_at`) counts
 * from it too.
 */
function runAtOf(options: EnqueueOptions): string | null {
  const at = options.runAt ?? (clockShiftMs() !== 0 ? new Date() : null);
  return at ? at.toISOString() : null;
}

export interface QueuedJob {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  running: boolean;
}

/**
 * Jobs still in the queue (waiting, retrying or permanently failed), oldest due first. Payloads
 * are left out on purpose: they may hold one-time links.
 */
export async function listQueuedJobs(
  client: SqlClient,
  options: { task?: string; limit?: number } = {},
): Promise<QueuedJob[]> {
  const rows = await client.$queryRaw<
    {
      id: string;
      task_identifier: string;
      attempts: number;
      max_attempts: number;
      run_at: Date;
      last_error: string | null;
      locked_at: Date | null;
    }[]
  >`
    SELECT id::text AS id, task_identifier, attempts::int AS attempts, max_attempts::int AS max_attempts,
           run_at, last_error, locked_at
    FROM graphile_worker.jobs
    WHERE ${options.task ?? null}::text IS NULL OR task_identifier = ${options.task ?? null}::text
    ORDER BY run_at, id
    LIMIT ${options.limit ?? 100}::int`;
  return rows.map((row): QueuedJob => ({
    id: row.id,
    task: row.task_identifier,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lastError: row.last_error,
    running: row.locked_at !== null,
  }));
}

/**
 * Removes the jobs of one task whose payload names a person (the JSON field `field` equals
 * `value`, ignoring case): waiting, retrying or failed, but not one a worker runs right now
 * (graphile-worker's `complete_jobs` skips locked jobs). For erasure (GDPR Art. 17).
 */
export async function removeJobsNaming(
  client: SqlClient,
  task: TaskName,
  field: string,
  value: string,
): Promise<number> {
  const removed = await client.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM graphile_worker.complete_jobs(ARRAY(
      SELECT jobs.id FROM graphile_worker._private_jobs AS jobs
      JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
      WHERE tasks.identifier = ${task} AND lower(jobs.payload ->> ${field}) = lower(${value})))`;
  return removed.length;
}

/**
 * Removes jobs that failed for good (no attempt left) and last changed before `cutoff`, with
 * their payloads: staff saw them on the queue page long enough. Returns how many went.
 */
export async function purgeFailedJobs(client: SqlClient, cutoff: Date): Promise<number> {
  const removed = await client.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM graphile_worker.complete_jobs(ARRAY(
      SELECT id FROM graphile_worker._private_jobs
      WHERE attempts >= max_attempts AND updated_at < ${cutoff}))`;
  return removed.length;
}

export interface FailedJob {
  id: string;
  /** When the last attempt failed. */
  failedAt: Date;
  lastError: string | null;
  /** One top-level text field of the payload (`label`), never the whole payload. */
  label: string | null;
}

/** Jobs of one task that failed for good (no attempt left), the latest failure first. */
export async function listFailedJobs(
  client: SqlClient,
  task: TaskName,
  options: { label: string; limit?: number },
): Promise<FailedJob[]> {
  const rows = await client.$queryRaw<
    { id: string; updated_at: Date; last_error: string | null; label: string | null }[]
  >`
    SELECT jobs.id::text AS id, jobs.updated_at, jobs.last_error, jobs.payload ->> ${options.label} AS label
    FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = ${task} AND jobs.attempts >= jobs.max_attempts
    ORDER BY jobs.updated_at DESC, jobs.id DESC
    LIMIT ${options.limit ?? 100}::int`;
  return rows.map((row) => ({ id: row.id, failedAt: row.updated_at, lastError: row.last_error, label: row.label }));
}

/**
 * Gives jobs of one task that failed for good all their attempts back and makes them due now
 * (graphile-worker's reschedule_jobs): `ids`, or every failed one. Jobs still being tried are
 * left alone. Returns how many will run again.
 */
export async function retryFailedJobs(
  client: SqlClient,
  task: TaskName,
  ids: string[] | "all",
  now = new Date(),
): Promise<number> {
  const chosen = ids === "all" ? null : ids;
  const rescheduled = await client.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM graphile_worker.reschedule_jobs(
      ARRAY(
        SELECT jobs.id FROM graphile_worker._private_jobs AS jobs
        JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
        WHERE tasks.identifier = ${task} AND jobs.attempts >= jobs.max_attempts
          AND (${chosen}::text[] IS NULL OR jobs.id::text = ANY(${chosen}::text[]))),
      run_at := ${now},
      attempts := 0)`;
  return rescheduled.length;
}
