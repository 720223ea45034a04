import { enqueueJob } from "~/modules/jobs/job-queue.server";
import type { SqlClient } from "~/utils/db.server";

/**
 * Keeps the search index in step with what the public sees. Every change that can alter a public
 * offer queues a job in the same transaction; the job re-reads the offer when it runs, so jobs
 * may run late, twice or out of order and still leave the index right. One waiting job per offer
 * (job key): ten quick edits cost one index update.
 */
export async function queueSearchUpdate(client: SqlClient, offerId: string): Promise<void> {
  await enqueueJob(client, "search.sync-offer", { offerId }, { jobKey: `search.sync-offer:${offerId}` });
}

/** A company's name, logo or review state shows on all its offers. */
export async function queueSearchUpdatesForCompany(client: SqlClient, companyId: string): Promise<void> {
  const offers = await client.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM offer WHERE company_id = ${companyId}::uuid AND status <> 'DRAFT'`;
  for (const offer of offers) await queueSearchUpdate(client, offer.id);
}
