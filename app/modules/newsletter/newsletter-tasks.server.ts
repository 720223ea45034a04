import { enqueueJob } from "~/modules/jobs/job-queue.server";
import { defineTask } from "~/modules/jobs/task-definition";
import { db } from "~/utils/db.server";
import { releaseDueEditions } from "./editions.server";
import { newsletterClockJob, newsletterSendJob } from "./newsletter-jobs";
import { sendEdition, senderOptionsFromEnvironment } from "./newsletter-sender.server";

/** Queues the sender of an edition; the job key keeps one waiting job per edition. */
export async function queueSender(editionId: string, runAt?: Date): Promise<void> {
  await enqueueJob(db(), "newsletter.send", { editionId }, { jobKey: `newsletter.send:${editionId}`, runAt });
}

export const newsletterClockTask = defineTask({
  payload: newsletterClockJob.payload,
  async run() {
    await releaseDueEditions();
    const sending = await db().newsletterEdition.findMany({ where: { status: "SENDING" }, select: { id: true } });
    for (const edition of sending) await queueSender(edition.id);
  },
});

export const newsletterSendTask = defineTask({
  payload: newsletterSendJob.payload,
  async run({ editionId }, { logger }) {
    const outcome = await sendEdition(editionId, senderOptionsFromEnvironment());
    logger.info({ editionId, outcome }, "newsletter sender stopped");
    // Time is up or the hour's budget is spent: carry on in a moment.
    if (outcome === "stopped") await queueSender(editionId);
    if (outcome === "waiting") await queueSender(editionId, new Date(Date.now() + 60_000));
  },
});
