/**
 * Mails that failed for good: after ten attempts over about six hours (a mail server down for a
 * day, a refused address) the queue keeps the mail but stops trying. Staff see them on the outbox
 * page, with the last error, and send them again once the cause is gone; each time is audited.
 */
import { z } from "zod";
import { listFailedJobs, retryFailedJobs } from "~/modules/jobs/job-queue.server";
import { sendMailJob } from "~/modules/mail/send-mail-job";
import { db } from "~/utils/db.server";
import { recordStaffAction } from "./audit-log.server";

export const FAILED_MAILS_LIMIT = 100;

/** The failed mails, the latest first: when, which kind of mail (its template) and why. */
export function failedMails() {
  return listFailedJobs(db(), sendMailJob.name, { label: "template", limit: FAILED_MAILS_LIMIT });
}

/** Only a crafted post fails it (the buttons send these fields): one localized message for all. */
export const retryMailSchema = z.union(
  [
    z.object({
      intent: z.literal("retry"),
      jobId: z.string().regex(/^\d{1,19}$/, { message: "staff:outbox.failed.invalid" }),
    }),
    z.object({ intent: z.literal("retryAll") }),
  ],
  { message: "staff:outbox.failed.invalid" },
);

/** Sends one failed mail (or all of them) again; returns how many were queued anew. */
export async function sendFailedMailsAgain(staffId: string, request: z.output<typeof retryMailSchema>) {
  return db().$transaction(async (tx) => {
    const count = await retryFailedJobs(tx, sendMailJob.name, request.intent === "retry" ? [request.jobId] : "all");
    if (count > 0) {
      await recordStaffAction(tx, {
        actorId: staffId,
        action: "staff.retry-mail",
        targetType: "mail-job",
        targetId: request.intent === "retry" ? request.jobId : "all",
        details: { count },
      });
    }
    return count;
  });
}
