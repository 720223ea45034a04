import { enqueueJob, type SqlClient } from "~/modules/jobs/job-queue.server";
import { defineTask } from "~/modules/jobs/task-definition";
import { db } from "~/utils/db.server";
import { z } from "zod";
import { isPublic, type OfferStatus } from "./offer-workflow";

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

/** Whether the offer should be in the index right now. */
export async function offerIsSearchable(offerId: string): Promise<boolean> {
  const offer = await db().offer.findUnique({
    where: { id: offerId },
    select: { status: true, company: { select: { status: true } } },
  });
  return offer !== null && isPublic({ status: offer.status as OfferStatus, company: offer.company });
}

export const syncOfferTask = defineTask({
  payload: z.object({ offerId: z.guid() }),
  async run({ offerId }, { logger }) {
    // The search index itself arrives with the search issue; until then the job records what it
    // would do, so the queue and its transactions are already exercised end to end.
    const searchable = await offerIsSearchable(offerId);
    logger.debug({ offerId, searchable }, "search index update");
  },
});
