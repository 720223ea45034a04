import { needsGuardianConsent } from "~/modules/accounts/age";
import { todayInEurope } from "~/utils/calendar-days";
import type { Role } from "~/modules/accounts/current-user.server";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { recordStaffAction } from "./audit-log.server";
import { isUuid } from "~/utils/ids";
import { PEOPLE_PAGE_SIZE, type PeopleQuery } from "./people-query";

export interface PersonSummary {
  id: string;
  displayName: string;
  email: string;
  role: Role;
  createdAt: Date;
  emailVerifiedAt: Date | null;
}

export interface PeopleResult {
  people: PersonSummary[];
  total: number;
  page: number;
  pageCount: number;
}

/** Accounts whose email or name contains the query (any case), newest first; deleted ones are gone. */
export async function searchPeople({ q, page }: PeopleQuery): Promise<PeopleResult> {
  const where: Prisma.UserWhereInput = {
    deletedAt: null,
    ...(q
      ? {
          OR: [{ email: { contains: q, mode: "insensitive" } }, { displayName: { contains: q, mode: "insensitive" } }],
        }
      : {}),
  };
  const total = await db().user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const people = await db().user.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE,
    select: { id: true, displayName: true, email: true, role: true, createdAt: true, emailVerifiedAt: true },
  });
  return { people, total, page: current, pageCount };
}

export type GuardianStatus =
  | { state: "not-needed" }
  | { state: "waiting"; name: string | null; email: string | null; ownAddress: boolean }
  | { state: "given"; name: string | null; email: string | null; ownAddress: boolean; at: Date };

export interface PersonConsents extends PersonSummary {
  locale: string;
  isDemo: boolean;
  deletedAt: Date | null;
  suspendedAt: Date | null;
  consents: {
    id: string;
    kind: "PRIVACY_NOTICE" | "GUARDIAN";
    givenBy: string;
    textVersion: string;
    language: string;
    givenAt: Date;
  }[];
  /** Only for students. */
  guardian: GuardianStatus | null;
}

/**
 * A person's account and consent records for a member of staff. The view and its audit entry
 * ("staff.view-consents") share a transaction: if the entry cannot be written, nothing is shown.
 */
export async function viewPersonConsents(staffId: string, personId: string): Promise<PersonConsents | null> {
  if (!isUuid(personId)) return null;
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: personId },
      include: { consents: { orderBy: { givenAt: "desc" } }, student: true },
    });
    if (!user) return null;
    await recordStaffAction(tx, {
      actorId: staffId,
      action: "staff.view-consents",
      targetType: "user",
      targetId: user.id,
    });
    const { student, consents } = user;
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
      emailVerifiedAt: user.emailVerifiedAt,
      locale: user.locale,
      isDemo: user.isDemo,
      deletedAt: user.deletedAt,
      suspendedAt: user.suspendedAt,
      consents: consents.map(({ id, kind, givenBy, textVersion, language, givenAt }) => ({
        id,
        kind,
        givenBy,
        textVersion,
        language,
        givenAt,
      })),
      guardian: student ? guardianStatus(student, user.email) : null,
    };
  });
}

function guardianStatus(
  student: {
    birthDate: Date;
    country: "DE" | "FR";
    guardianName: string | null;
    guardianEmail: string | null;
    guardianConsentAt: Date | null;
  },
  studentEmail: string,
): GuardianStatus {
  // The minor types the guardian's address at sign-up; nothing proves it is a parent's. The same
  // address as the student's own means the student may have confirmed for themselves.
  const ownAddress =
    student.guardianEmail !== null && student.guardianEmail.toLowerCase() === studentEmail.toLowerCase();
  const guardian = { name: student.guardianName, email: student.guardianEmail, ownAddress };
  if (student.guardianConsentAt) return { state: "given", ...guardian, at: student.guardianConsentAt };
  // Birth dates are calendar days (@db.Date), read back as UTC midnight.
  const birthDate = student.birthDate.toISOString().slice(0, 10);
  if (needsGuardianConsent(birthDate, student.country, todayInEurope())) return { state: "waiting", ...guardian };
  return { state: "not-needed" };
}
