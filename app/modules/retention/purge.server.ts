/**
 * The daily purge (issue 15, point 14): what the platform no longer needs goes, and the log says
 * how much. Each kind is its own statement or transaction, so one failure cannot hold back the
 * rest, and a run repeated after an outage finds nothing more to do.
 */
import { eraseAccount } from "~/modules/accounts/account-deletion.server";
import { SESSION_LIMITS, type SessionRole } from "~/modules/accounts/session-lifetime";
import { purgeFailedJobs } from "~/modules/jobs/job-queue.server";
import { defineTask } from "~/modules/jobs/task-definition";
import { deleteStaleAttachments } from "~/modules/mail/mail-attachments.server";
import { purgeOutboxBefore } from "~/modules/mail/outbox.server";
import { db } from "~/utils/db.server";
import { purgeJob } from "./retention-jobs";
import { purgeCutoffs } from "./retention-rules";

export interface PurgeCounts {
  unconfirmedAccounts: number;
  sessions: number;
  links: number;
  outboxFiles: number;
  failedJobs: number;
  /** Files of mails that never went out (ATTACHMENT_KEEP_DAYS). */
  mailAttachments: number;
}

export async function purge(now = new Date(), options: { dataDir?: string } = {}): Promise<PurgeCounts> {
  const cutoffs = purgeCutoffs(now);
  return {
    unconfirmedAccounts: await purgeUnconfirmedAccounts(cutoffs.unconfirmedAccounts),
    sessions: await purgeEndedSessions(now),
    links: await db()
      .oneTimeToken.deleteMany({
        where: { OR: [{ usedAt: { lt: cutoffs.spentLinks } }, { expiresAt: { lt: cutoffs.spentLinks } }] },
      })
      .then((result) => result.count),
    outboxFiles: await purgeOutboxBefore(cutoffs.outbox, options),
    failedJobs: await purgeFailedJobs(db(), cutoffs.failedJobs),
    mailAttachments: await deleteStaleAttachments(db(), now),
  };
}

/**
 * Accounts whose address was never confirmed, with what they created: their profile, links and
 * consents go with the row (cascade), and a company that was never verified and has no other
 * member goes too. One that somehow appears in the append-only audit log as an actor cannot be
 * deleted (the log keeps its reference); it is erased like a deleted account instead.
 */
async function purgeUnconfirmedAccounts(cutoff: Date): Promise<number> {
  const stale = await db().user.findMany({
    where: { emailVerifiedAt: null, deletedAt: null, isDemo: false, createdAt: { lt: cutoff } },
    select: { id: true, email: true, _count: { select: { auditLog: true } } },
  });
  for (const user of stale) {
    await db().$transaction(async (tx) => {
      if (user._count.auditLog > 0) return eraseAccount(tx, user);
      const owned = await tx.companyMember.findMany({ where: { userId: user.id }, select: { companyId: true } });
      await tx.user.delete({ where: { id: user.id } });
      await tx.company.deleteMany({
        where: { id: { in: owned.map((row) => row.companyId) }, status: { not: "VERIFIED" }, members: { none: {} } },
      });
    });
  }
  return stale.length;
}

/** Sessions past their absolute end, or idle for longer than their owner's role allows. */
async function purgeEndedSessions(now: Date): Promise<number> {
  let count = 0;
  for (const [role, limits] of Object.entries(SESSION_LIMITS) as [
    SessionRole,
    (typeof SESSION_LIMITS)[SessionRole],
  ][]) {
    const result = await db().session.deleteMany({
      where: {
        user: { role },
        OR: [
          { expiresAt: { lt: now } },
          { lastSeenAt: { lt: new Date(now.getTime() - limits.idleMs) } },
          { createdAt: { lt: new Date(now.getTime() - limits.absoluteMs) } },
        ],
      },
    });
    count += result.count;
  }
  return count;
}

export const purgeTask = defineTask({
  payload: purgeJob.payload,
  async run(_payload, { logger }) {
    const counts = await purge();
    logger.info(counts, "daily purge");
  },
});
