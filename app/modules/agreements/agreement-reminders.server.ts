/**
 * The hourly clock of agreements out for signature: after 3 and after 7 days every party who has
 * not signed (nor sent a scan that waits for confirmation) gets a reminder with a fresh link (the first one keeps working). Each agreement in its
 * own transaction, locked, so a signature or a change at the same moment is taken into account.
 */
import { defineTask } from "~/modules/jobs/task-definition";
import { db } from "~/utils/db.server";
import { detailsOf } from "./agreement-details";
import { agreementsClockJob } from "./agreement-jobs";
import { issueSigningLinks, lockAgreement, pendingScanRolesOf } from "./agreements.server";
import { REMINDER_DAYS, remindersDue, waitingFor } from "./agreement-workflow";

export async function remindUnsignedParties(now = new Date()): Promise<string[]> {
  const candidates = await db().agreement.findMany({
    where: {
      status: { in: ["OUT_FOR_SIGNATURE", "PARTLY_SIGNED"] },
      remindersSent: { lt: REMINDER_DAYS.length },
      sentAt: { lte: new Date(now.getTime() - REMINDER_DAYS[0] * 86_400_000) },
    },
    select: { id: true },
  });
  const reminded: string[] = [];
  for (const { id } of candidates) {
    const sent = await db().$transaction(async (tx) => {
      const agreement = await lockAgreement(tx, id);
      const row = await tx.agreement.findUniqueOrThrow({ where: { id }, select: { remindersSent: true } });
      if (!agreement.sentAt || (agreement.status !== "OUT_FOR_SIGNATURE" && agreement.status !== "PARTLY_SIGNED")) {
        return false;
      }
      const due = remindersDue(agreement.sentAt, now);
      if (due <= row.remindersSent) return false;
      const details = detailsOf(agreement.details);
      const signed = await tx.agreementSignature.findMany({
        where: { agreementId: id, revision: agreement.revision, withdrawnAt: null },
        select: { role: true },
      });
      // A party whose scan of a hand-signed copy waits for confirmation has done their part.
      const scanned = await pendingScanRolesOf(tx, id, agreement.revision);
      const waiting = waitingFor({
        cancelled: false,
        sent: true,
        details,
        signedRoles: [...signed.map((s) => s.role), ...scanned],
      });
      await issueSigningLinks(tx, id, agreement.revision, waiting, details, "REMINDER", now);
      await tx.agreement.update({ where: { id }, data: { remindersSent: due } });
      return true;
    });
    if (sent) reminded.push(id);
  }
  return reminded;
}

export const agreementsClockTask = defineTask({
  payload: agreementsClockJob.payload,
  async run(_payload, { logger }) {
    const reminded = await remindUnsignedParties();
    if (reminded.length > 0) logger.info({ reminded: reminded.length }, "agreement signatures reminded");
  },
});
