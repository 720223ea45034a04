import { forgetPublicMatchOffers } from "~/modules/matching/public-offer-cache.server";
import { composeRegistrationNotice } from "~/modules/registrations/registration-mails.server";
import { registrationNoticeJob } from "~/modules/registrations/registration-jobs";
import { db } from "~/utils/db.server";

export interface QueuedMailPayload {
  template: string;
  to: string;
  language: string;
  data: Record<string, string>;
}

/**
 * Jobs of one task waiting in the queue of this test's database, oldest first, with their
 * payloads. graphile-worker's public `jobs` view leaves payloads out, so this reads its table.
 */
export async function queuedJobs(task: string): Promise<Record<string, unknown>[]> {
  const rows = await db().$queryRaw<{ payload: Record<string, unknown> }[]>`
    SELECT jobs.payload FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = ${task} ORDER BY jobs.id`;
  return rows.map((row) => row.payload);
}

/** The mails waiting in the job queue, oldest first (after the notices that become mails). */
export async function queuedMails(): Promise<QueuedMailPayload[]> {
  await composeQueuedNotices();
  return (await queuedJobs("mail.send")) as unknown as QueuedMailPayload[];
}

/**
 * Registration notices are queued as jobs that the worker turns into mails: done here, in queue
 * order, as the worker would, so that a test sees the mails a registrant gets.
 */
export async function composeQueuedNotices(): Promise<void> {
  const rows = await db().$queryRaw<{ id: bigint; payload: unknown }[]>`
    SELECT jobs.id, jobs.payload FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = 'registrations.notice' ORDER BY jobs.id`;
  for (const row of rows) {
    await composeRegistrationNotice(registrationNoticeJob.payload.parse(row.payload));
    await db().$executeRaw`DELETE FROM graphile_worker._private_jobs WHERE id = ${row.id}`;
  }
}

/** The token of the link in a queued mail. */
export function tokenFromUrl(url: string | undefined): string {
  const token = url ? new URL(url).searchParams.get("token") : null;
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

/**
 * Empties accounts, companies and the queue, so each test of a file starts from reference data.
 * The cascade reaches the audit log, whose trigger refuses TRUNCATE; only a test, as the
 * database's superuser, may switch triggers off for its own transaction to clean up.
 */
export async function resetAccountsAndQueue(): Promise<void> {
  await db().$transaction([
    db().$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    db().$executeRawUnsafe(
      `TRUNCATE app_user, company, rate_limit, graphile_worker._private_jobs, mail_attachment CASCADE`,
    ),
  ]);
  // Offers vanished without a trace of change: matching's list in memory must not keep them.
  forgetPublicMatchOffers();
}
