/**
 * The registrations' clock (every minute): seats held too long go back and the waiting list
 * moves; registrants are reminded the day before. And the daily erasure of registrants' names
 * and addresses 90 days after their date, which keeps the counts the yearly figures need.
 */
import type { Prisma } from "~/generated/prisma/client";
import { defineTask } from "~/modules/jobs/task-definition";
import { ERASED } from "~/modules/accounts/account-deletion.server";
import { db } from "~/utils/db.server";
import { RegistrationMailer } from "./registration-mails.server";
import { expireHolds } from "./registrations.server";
import { registrationsClockJob, registrationsEraseJob } from "./registration-jobs";

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Names and addresses are kept this long after the date, for questions and certificates. */
export const ERASE_AFTER_DAYS = 90;

/**
 * Reminds confirmed registrants of dates that start within the next 24 hours, once. Who
 * registered less than 12 hours before the start has just had the confirmation and gets none.
 */
export async function sendReminders(now = new Date()): Promise<number> {
  const due = await db().$queryRaw<{ id: string }[]>`
    SELECT r.id FROM registration r
    JOIN event_occurrence o ON o.event_id = r.event_id AND o.original_starts_at = r.original_starts_at
    JOIN event e ON e.id = r.event_id
    WHERE r.status = 'CONFIRMED' AND r.reminded_at IS NULL AND r.email IS NOT NULL
      AND o.cancelled = false AND e.status <> 'CANCELLED'
      AND o.starts_at > ${now} AND o.starts_at <= ${new Date(now.getTime() + DAY)}
      AND r.confirmed_at <= o.starts_at - interval '12 hours'
    LIMIT 1000`;
  let sent = 0;
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      // Only the first run that marks it sends it.
      const { count } = await tx.registration.updateMany({
        where: { id, remindedAt: null, status: "CONFIRMED" },
        data: { remindedAt: now },
      });
      if (count === 0) return;
      const registration = await tx.registration.findUniqueOrThrow({ where: { id } });
      await new RegistrationMailer(tx).send(registration, "reminder", { withCalendar: true });
      sent++;
    });
  }
  return sent;
}

/**
 * Erases the names and addresses of the registrants of every date that ended 90 days ago, one
 * date per transaction, and keeps per date the counts the yearly figures need: people (head
 * count of confirmed individual registrations), classes, pupils and check-ins (heads).
 */
export async function eraseOldRegistrations(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ERASE_AFTER_DAYS * DAY);
  const slots = await db().$queryRaw<{ event_id: string; original_starts_at: Date }[]>`
    SELECT s.event_id, s.original_starts_at FROM registration_slot s
    LEFT JOIN event_occurrence o ON o.event_id = s.event_id AND o.original_starts_at = s.original_starts_at
    WHERE s.erased_at IS NULL AND COALESCE(o.ends_at, s.original_starts_at) < ${before}
    LIMIT 500`;
  for (const slot of slots) {
    const key = { eventId: slot.event_id, originalStartsAt: slot.original_starts_at };
    await db().$transaction((tx) => eraseSlot(tx, key, now));
  }
  return slots.length;
}

async function eraseSlot(tx: Prisma.TransactionClient, key: { eventId: string; originalStartsAt: Date }, now: Date) {
  const [counts] = await tx.$queryRaw<{ people: number; classes: number; pupils: number; checked_in: number }[]>`
    SELECT
      COALESCE(SUM(head_count) FILTER (WHERE kind = 'PERSON'), 0)::int AS people,
      (COUNT(*) FILTER (WHERE kind = 'CLASS'))::int AS classes,
      COALESCE(SUM(pupils) FILTER (WHERE kind = 'CLASS'), 0)::int AS pupils,
      COALESCE(SUM(head_count) FILTER (WHERE checked_in_at IS NOT NULL), 0)::int AS checked_in
    FROM registration
    WHERE event_id = ${key.eventId}::uuid AND original_starts_at = ${key.originalStartsAt}
      AND status = 'CONFIRMED'`;
  await tx.registration.updateMany({
    where: key,
    data: {
      name: ERASED,
      email: null,
      className: null,
      accessibility: null,
      userId: null,
      checkedInById: null,
      erasedAt: now,
    },
  });
  await tx.registrationSlot.update({
    where: { eventId_originalStartsAt: key },
    data: {
      erasedAt: now,
      peopleCount: counts?.people ?? 0,
      classesCount: counts?.classes ?? 0,
      pupilsCount: counts?.pupils ?? 0,
      checkedInCount: counts?.checked_in ?? 0,
    },
  });
}

export const registrationsClockTask = defineTask({
  payload: registrationsClockJob.payload,
  async run(_payload, { logger }) {
    const expired = await expireHolds();
    const reminded = await sendReminders();
    if (expired + reminded > 0) logger.info({ expired, reminded }, "registrations clock");
  },
});

export const registrationsEraseTask = defineTask({
  payload: registrationsEraseJob.payload,
  async run(_payload, { logger }) {
    const dates = await eraseOldRegistrations();
    if (dates > 0) logger.info({ dates }, "registrants erased 90 days after their dates");
  },
});
