import { db } from "~/utils/db.server";

export interface QueuedMailPayload {
  template: string;
  to: string;
  language: string;
  data: Record<string, string>;
}

/**
 * The mails waiting in the job queue of this test's database, oldest first. graphile-worker's
 * public `jobs` view leaves payloads out, so this reads its table.
 */
export async function queuedMails(): Promise<QueuedMailPayload[]> {
  const rows = await db().$queryRaw<{ payload: QueuedMailPayload }[]>`
    SELECT jobs.payload FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = 'mail.send' ORDER BY jobs.id`;
  return rows.map((row) => row.payload);
}

/** The token of the link in a queued mail. */
export function tokenFromUrl(url: string | undefined): string {
  const token = url ? new URL(url).searchParams.get("token") : null;
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

/** Empties accounts, companies and the queue, so each test of a file starts from reference data. */
export async function resetAccountsAndQueue(): Promise<void> {
  await db().$executeRawUnsafe(`TRUNCATE app_user, company, rate_limit, graphile_worker._private_jobs CASCADE`);
}
