/**
 * The gate of every application page: the signed-in user, their side of the application and the
 * application itself. A malformed id, an unknown one and someone else's application all get the
 * same 404, so nobody learns which applications exist. A visitor is sent to log in first.
 */
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import type { Prisma } from "~/generated/prisma/client";
import { requireUser } from "~/modules/accounts/current-user.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import { membershipOf } from "~/modules/companies/company-membership.server";
import type { PolicyUser } from "~/modules/companies/company-policy";
import type { Language } from "~/modules/i18n/languages";
import { isUuid } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { applicationSide, type ApplicationSide, type PolicyApplication } from "./application-policy";
import { notFound } from "~/utils/not-found";

export const APPLICATION_PAGE_SELECT = {
  id: true,
  studentId: true,
  offerId: true,
  periodId: true,
  startsOn: true,
  endsOn: true,
  status: true,
  motivation: true,
  motivationLanguage: true,
  includeCv: true,
  declineMessage: true,
  submittedAt: true,
  updatedAt: true,
  offer: {
    select: {
      id: true,
      number: true,
      titleDe: true,
      titleFr: true,
      companyId: true,
      status: true,
      company: { select: { name: true, status: true } },
    },
  },
  student: {
    select: {
      displayName: true,
      student: {
        select: {
          schoolId: true,
          country: true,
          training: true,
          trainingYear: true,
          levelGerman: true,
          levelFrench: true,
          introDe: true,
          introFr: true,
          endorsedAt: true,
          school: { select: { name: true, place: { select: { nameDe: true, nameFr: true, nameEn: true } } } },
        },
      },
    },
  },
  agreement: { select: { id: true } },
  events: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, status: true, message: true, createdAt: true },
  },
} satisfies Prisma.ApplicationSelect;

async function loadApplication(applicationId: string) {
  return db().application.findUnique({ where: { id: applicationId }, select: APPLICATION_PAGE_SELECT });
}
export type AccessibleApplication = NonNullable<Awaited<ReturnType<typeof loadApplication>>>;

/** The school a coordinator may read for, only once staff have confirmed them. */
async function confirmedSchoolOf(userId: string): Promise<number | null> {
  const profile = await db().coordinatorProfile.findUnique({
    where: { userId },
    select: { schoolId: true, verifiedAt: true },
  });
  return profile?.verifiedAt ? profile.schoolId : null;
}

/** The side a user has on an application (policy facts looked up here), or null. */
export async function sideOf(user: PolicyUser, application: PolicyApplication): Promise<ApplicationSide | null> {
  const membership = user.role === "COMPANY_MEMBER" ? await membershipOf(user.id, application.companyId) : null;
  const coordinatorSchoolId = user.role === "COORDINATOR" ? await confirmedSchoolOf(user.id) : null;
  return applicationSide({ user, membership, coordinatorSchoolId }, application);
}

export function policyApplicationOf(application: {
  studentId: string;
  offer: { companyId: string };
  student: { student: { schoolId: number } | null };
}): PolicyApplication {
  return {
    studentId: application.studentId,
    companyId: application.offer.companyId,
    studentSchoolId: application.student.student?.schoolId ?? null,
  };
}

/**
 * The application with the user's side, or a thrown 404. `sides` are the sides this page is for:
 * the company's page is not the student's, even for people who may read both.
 */
export async function requireApplicationAccess(
  request: Request,
  language: Language,
  applicationId: string | undefined,
  sides: readonly ApplicationSide[] = ["student", "company", "coordinator", "staff"],
): Promise<{ user: SessionUser; side: ApplicationSide; application: AccessibleApplication }> {
  const user = await requireUser(request, language);
  if (!isUuid(applicationId)) throw notFound();
  const application = await loadApplication(applicationId);
  if (!application) throw notFound();
  const side = await sideOf(user, policyApplicationOf(application));
  if (!side || !sides.includes(side)) throw notFound();
  // Staff reading someone's application is written down before anything is shown (issue 15,
  // point 16); if the entry cannot be written, the page fails instead.
  if (side === "staff") {
    await recordStaffAction(db(), {
      actorId: user.id,
      action: "staff.view-application",
      targetType: "application",
      targetId: application.id,
    });
  }
  return { user, side, application };
}
