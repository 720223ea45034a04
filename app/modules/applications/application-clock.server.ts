/**
 * The hourly clock of unanswered applications (clockDue decides): a reminder to the company
 * after 7 days, once; expiry after 14, with a kind mail to the student pointing to other offers.
 * Each application changes in its own transaction with a conditional update, so a company that
 * answers at the same moment wins or loses cleanly and one bad row cannot hold back the others.
 */
import { defineTask } from "~/modules/jobs/task-definition";
import { db } from "~/utils/db.server";
import { applicationsClockJob } from "./application-jobs";
import { mailCompany, mailFacts } from "./application-mails.server";
import { recordMove } from "./application-moves.server";
import {
  applicationMove,
  clockDue,
  REMIND_AFTER_DAYS,
  UNANSWERED_STATUSES,
  type ApplicationStatus,
} from "./application-workflow";
import { DAY_MS } from "~/utils/calendar-days";

export interface ClockResult {
  reminded: string[];
  expired: string[];
}

export async function remindAndExpireApplications(now = new Date()): Promise<ClockResult> {
  const candidates = await db().application.findMany({
    where: {
      status: { in: [...UNANSWERED_STATUSES] },
      submittedAt: { lte: new Date(now.getTime() - REMIND_AFTER_DAYS * DAY_MS) },
    },
    select: { id: true, offerId: true, periodId: true, status: true, submittedAt: true, remindedAt: true },
    orderBy: { submittedAt: "asc" },
  });
  const result: ClockResult = { reminded: [], expired: [] };
  for (const candidate of candidates) {
    const application = { ...candidate, status: candidate.status as ApplicationStatus };
    const due = clockDue(application, now);
    if (due === "remind" && (await remind(application, now))) result.reminded.push(application.id);
    if (due === "expire" && (await expire(application, now))) result.expired.push(application.id);
  }
  return result;
}

async function remind(application: { id: string; status: ApplicationStatus }, now: Date): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const updated = await tx.application.updateMany({
      where: { id: application.id, status: application.status, remindedAt: null },
      data: { remindedAt: now },
    });
    if (updated.count !== 1) return false;
    await mailCompany(tx, await mailFacts(tx, application.id), "REMINDER");
    return true;
  });
}

async function expire(
  application: { id: string; offerId: string; periodId: string | null; status: ApplicationStatus },
  now: Date,
): Promise<boolean> {
  const move = applicationMove(application.status, "expire", "system");
  if (!move.ok) return false;
  const outcome = await recordMove(application, { action: "expire", to: move.to, actorId: null }, now);
  return outcome.ok;
}

export const applicationsClockTask = defineTask({
  payload: applicationsClockJob.payload,
  async run(_payload, { logger }) {
    const { reminded, expired } = await remindAndExpireApplications();
    if (reminded.length + expired.length > 0) {
      logger.info({ reminded: reminded.length, expired: expired.length }, "applications reminded and expired");
    }
  },
});
