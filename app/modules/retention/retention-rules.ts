/**
 * How long the platform keeps what nobody needs any more (GDPR Art. 5(1)(e), storage
 * limitation; issue 15, point 14). Pure, so the cut-off days are tested without a database.
 */
const DAY = 24 * 60 * 60 * 1000;

export const RETENTION = {
  /** An account whose address was never confirmed: the confirmation link lasted days, not weeks. */
  unconfirmedAccountDays: 30,
  /**
   * Used or expired one-time links: kept a week, so a link opened again still says "already
   * used" or "expired" rather than "unknown".
   */
  spentLinkDays: 7,
  /** Copies of sent mail in the outbox, and jobs that failed for good (with their payloads). */
  outboxDays: 90,
  failedJobDays: 90,
} as const;

export interface PurgeCutoffs {
  unconfirmedAccounts: Date;
  spentLinks: Date;
  outbox: Date;
  failedJobs: Date;
}

export function purgeCutoffs(now: Date): PurgeCutoffs {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  return {
    unconfirmedAccounts: before(RETENTION.unconfirmedAccountDays),
    spentLinks: before(RETENTION.spentLinkDays),
    outbox: before(RETENTION.outboxDays),
    failedJobs: before(RETENTION.failedJobDays),
  };
}
