import type { Prisma } from "~/generated/prisma/client";
import { languageOf } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";

/**
 * Staff confirm that a person who signed up as a coordinator really teaches at the school they
 * named (or take it back). Until then the coordinator sees no student. Each decision is written
 * to the audit log in the same transaction.
 */
export interface CoordinatorListing {
  id: string;
  name: string;
  email: string;
  schoolName: string;
  signedUpOn: string;
  emailVerified: boolean;
  confirmedOn: string | null;
}

/** Coordinators waiting for confirmation first (oldest first), then the confirmed ones. */
export async function listCoordinators(): Promise<CoordinatorListing[]> {
  const rows = await db().coordinatorProfile.findMany({
    where: { user: { deletedAt: null } },
    orderBy: [{ user: { createdAt: "asc" } }, { userId: "asc" }],
    select: {
      userId: true,
      verifiedAt: true,
      school: { select: { name: true } },
      user: { select: { displayName: true, email: true, createdAt: true, emailVerifiedAt: true } },
    },
  });
  const listed = rows.map((row) => ({
    id: row.userId,
    name: row.user.displayName,
    email: row.user.email,
    schoolName: row.school.name,
    signedUpOn: row.user.createdAt.toISOString().slice(0, 10),
    emailVerified: row.user.emailVerifiedAt !== null,
    confirmedOn: row.verifiedAt?.toISOString().slice(0, 10) ?? null,
  }));
  return [...listed.filter((row) => !row.confirmedOn), ...listed.filter((row) => row.confirmedOn)];
}

export async function setCoordinatorConfirmed(
  staffId: string,
  coordinatorId: string,
  confirmed: boolean,
  now = new Date(),
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const updated = await tx.coordinatorProfile.updateMany({
      where: { userId: coordinatorId, user: { deletedAt: null } },
      data: { verifiedAt: confirmed ? now : null },
    });
    if (updated.count === 0) return false;
    if (confirmed) await tellCoordinator(tx, coordinatorId);
    await recordStaffAction(tx, {
      actorId: staffId,
      action: confirmed ? "coordinators.confirm" : "coordinators.revoke",
      targetType: "user",
      targetId: coordinatorId,
    });
    return true;
  });
}

/** The teacher hears in their language that they can now follow their school's students. */
async function tellCoordinator(tx: Prisma.TransactionClient, coordinatorId: string): Promise<void> {
  const coordinator = await tx.coordinatorProfile.findUniqueOrThrow({
    where: { userId: coordinatorId },
    select: { school: { select: { name: true } }, user: { select: { email: true, displayName: true, locale: true } } },
  });
  const language = languageOf(coordinator.user.locale);
  await queueMail(tx, {
    template: "coordinator-confirmed",
    to: coordinator.user.email,
    language,
    data: {
      name: coordinator.user.displayName,
      schoolName: coordinator.school.name,
      url: `${loadEnv().APP_URL}/${language}/coordinator`,
    },
  });
}
