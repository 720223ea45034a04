import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { leaveAllCompanies } from "~/modules/companies/company-membership.server";
import { leaveAllOrganisers } from "~/modules/organisers/organiser-membership.server";
import { db } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import { removeJobsNaming } from "~/modules/jobs/job-queue.server";
import { suppressEmail } from "~/modules/mail/email-suppression.server";
import { deleteOutboxMessagesTo } from "~/modules/mail/outbox.server";
import { logger } from "~/utils/logger.server";
import { forgetNewsletterAddress } from "~/modules/newsletter/subscribers.server";
import { forgetRegistrationsOf } from "~/modules/registrations/registration-erasure.server";
import { verifyPassword } from "./password.server";

export type DeletionResult = { ok: true } | { ok: false; errors: FieldErrors };

/** What erased text fields hold: NOT NULL columns cannot be emptied to null. */
export const ERASED = "—";

/**
 * Deletes the account of a signed-in person after checking their current password. The row of
 * the user stays (the append-only audit log and statistics refer to it), emptied of everything
 * that identifies them; see eraseAccount.
 */
export async function deleteAccount(userId: string, password: string, now = new Date()): Promise<DeletionResult> {
  const user = await db().user.findUnique({ where: { id: userId } });
  const live = user && !user.deletedAt ? user : null;
  const matches = await verifyPassword(live?.passwordHash ?? null, password);
  if (!live || !matches) return { ok: false, errors: { password: "account:delete.errors.passwordWrong" } };
  await db().$transaction((tx) => eraseAccount(tx, live, now));
  await forgetKeptMails(live.email);
  return { ok: true };
}

/**
 * Erases a person in one transaction: either everything below happens or nothing does.
 *
 * - Gone: address (replaced by a dead `.invalid` one), name, password, sessions, every link,
 *   the student's exact birth date, training, introductions, CV, availability, preferred places
 *   and guardian's details, the texts of their applications (motivation, messages), the names on
 *   consents, memberships in companies, saved searches, mails still queued or failed in the
 *   job queue, and their name where a company of theirs gave it as an offer's tutor.
 * - Kept, anonymized, for the office's statistics: role, dates, the student's school, country,
 *   birth year, training year, levels and fields; their applications' offer, dates and steps;
 *   consents' kind, text version, language and date.
 * - The address goes on the suppression list, so nothing the platform sends reaches it again.
 */
export async function eraseAccount(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
  now = new Date(),
): Promise<void> {
  // The name as it was, to find it where a company typed it (offers' tutor).
  const before = await tx.user.findUnique({ where: { id: user.id }, select: { displayName: true } });
  // First, so a second deletion running at the same moment waits here and then finds nothing.
  const { count } = await tx.user.updateMany({
    where: { id: user.id, deletedAt: null },
    data: {
      email: `deleted-${randomUUID()}@deleted.invalid`,
      displayName: ERASED,
      passwordHash: null,
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      deletedAt: now,
    },
  });
  if (count === 0) return;
  await suppressEmail(tx, user.email);
  await forgetNewsletterAddress(tx, user.email);
  await tx.session.deleteMany({ where: { userId: user.id } });
  await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
  // Links for this person, and invitations still waiting at their address.
  await tx.oneTimeToken.deleteMany({ where: { OR: [{ userId: user.id }, { email: user.email }] } });
  // Log-in counters are keyed by address; they would expire within minutes, but need not wait.
  await tx.$executeRaw`
    DELETE FROM rate_limit
    WHERE position(':account:' IN key) > 0
      AND substring(key FROM position(':account:' IN key) + 9) = ${user.email}`;

  await tx.savedSearch.deleteMany({ where: { userId: user.id } });
  // Mails waiting, retrying or failed for good keep the address and the links in their payloads.
  await removeJobsNaming(tx, "mail.send", "to", user.email);

  const student = await tx.studentProfile.findUnique({ where: { userId: user.id } });
  if (student) {
    await tx.studentProfile.update({
      where: { userId: user.id },
      data: {
        birthDate: new Date(Date.UTC(student.birthDate.getUTCFullYear(), 0, 1)),
        training: "",
        introDe: null,
        introFr: null,
        discoverable: false,
        accommodationNeeded: false,
        cv: null,
        cvName: null,
        cvUpdatedAt: null,
        guardianName: null,
        guardianEmail: null,
      },
    });
    await tx.studentAvailability.deleteMany({ where: { studentId: user.id } });
    await tx.studentPlace.deleteMany({ where: { studentId: user.id } });
  }
  // What the person wrote, and what companies wrote to them, goes; that they applied stays for the statistics.
  await tx.application.updateMany({ where: { studentId: user.id }, data: { motivation: "", declineMessage: null } });
  await tx.applicationEvent.updateMany({ where: { application: { studentId: user.id } }, data: { message: null } });
  await tx.consent.updateMany({ where: { userId: user.id }, data: { givenBy: ERASED } });
  // Upcoming registrations are cancelled (their seats go to the waiting list), names erased.
  await forgetRegistrationsOf(tx, user, now);
  await eraseTutorName(tx, { id: user.id, displayName: before?.displayName ?? "" });
  const companiesLeft = await leaveAllCompanies(tx, user);
  const organisersLeft = await leaveAllOrganisers(tx, user);
  await tx.auditLogEntry.create({
    data: {
      actorId: user.id,
      action: "account.delete",
      targetType: "user",
      targetId: user.id,
      details: { companiesLeft, organisersLeft },
    },
  });
}

/**
 * The offers of the person's companies that name them as tutor (the name typed on the offer,
 * matched to their display name) lose that name, also in the version last published.
 */
async function eraseTutorName(tx: Prisma.TransactionClient, user: { id: string; displayName: string }) {
  const name = user.displayName.trim();
  if (name === "" || name === ERASED) return;
  await tx.$executeRaw`
    UPDATE offer SET
      tutor_name = CASE WHEN lower(btrim(tutor_name)) = lower(${name}) THEN ${ERASED} ELSE tutor_name END,
      published_snapshot = CASE
        WHEN lower(btrim(published_snapshot ->> 'tutorName')) = lower(${name})
        THEN jsonb_set(published_snapshot::jsonb, '{tutorName}', to_jsonb(${ERASED}::text))
        ELSE published_snapshot END
    WHERE company_id IN (SELECT company_id FROM company_member WHERE user_id = ${user.id}::uuid)
      AND (lower(btrim(tutor_name)) = lower(${name})
           OR lower(btrim(published_snapshot ->> 'tutorName')) = lower(${name}))`;
}

/**
 * Kept copies of sent mails (the outbox of installations without SMTP) are files, outside the
 * transaction: removed once the erasure is committed. A failure is logged, not shown to the
 * person, whose account is gone either way; the daily purge removes the files after 90 days.
 */
async function forgetKeptMails(email: string): Promise<void> {
  try {
    await deleteOutboxMessagesTo(email);
  } catch (error) {
    logger.error({ err: error }, "could not remove an erased account's mails from the outbox");
  }
}
