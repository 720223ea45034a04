/**
 * The gate of every page and file about one student (the profile page /:lang/students/:id and the
 * CV at /students/:id/cv): it looks up the facts, student-access.ts decides. A visitor is sent to
 * log in; anyone else who may not see the student gets the same 404 as for an unknown id.
 */
import { requireUser } from "~/modules/accounts/current-user.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import type { Language } from "~/modules/i18n/languages";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { isUuid } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { studentAccess, type StudentAccess, type ViewerFacts } from "./student-access";
import { notFound } from "~/utils/not-found";

export interface StudentView {
  viewer: SessionUser;
  studentId: string;
  access: StudentAccess;
}

async function companyTies(userId: string, studentId: string): Promise<ViewerFacts["companies"]> {
  const memberships = await db().companyMember.findMany({
    where: { userId },
    select: { companyId: true, company: { select: { status: true } } },
  });
  if (memberships.length === 0) return null;
  const applications = await db().application.findMany({
    where: { studentId, offer: { companyId: { in: memberships.map((membership) => membership.companyId) } } },
    select: { includeCv: true },
  });
  return {
    verified: memberships.some((membership) => membership.company.status === "VERIFIED"),
    applied: applications.length > 0,
    appliedWithCv: applications.some((application) => application.includeCv),
  };
}

async function viewerFacts(viewer: SessionUser, studentId: string): Promise<ViewerFacts> {
  const facts: ViewerFacts = { id: viewer.id, role: viewer.role, coordinator: null, companies: null };
  if (viewer.role === "COORDINATOR") {
    facts.coordinator = await db().coordinatorProfile.findUnique({
      where: { userId: viewer.id },
      select: { schoolId: true, verifiedAt: true },
    });
  }
  if (viewer.role === "COMPANY_MEMBER") facts.companies = await companyTies(viewer.id, studentId);
  return facts;
}

/** What the signed-in user may see of the student with this id; throws the 404 otherwise. */
export async function requireStudentView(
  request: Request,
  language: Language,
  studentId: string | undefined,
): Promise<StudentView> {
  const viewer = await requireUser(request, language);
  if (!isUuid(studentId)) throw notFound({ "Cache-Control": "no-store" });
  const student = await db().studentProfile.findUnique({
    where: { userId: studentId },
    select: { userId: true, schoolId: true, discoverable: true, cvName: true, user: { select: { deletedAt: true } } },
  });
  if (!student) throw notFound({ "Cache-Control": "no-store" });
  const access = studentAccess(await viewerFacts(viewer, studentId), {
    userId: student.userId,
    schoolId: student.schoolId,
    discoverable: student.discoverable,
    deleted: student.user.deletedAt !== null,
    hasCv: student.cvName !== null,
  });
  if (!access.profile) throw notFound({ "Cache-Control": "no-store" });
  return { viewer, studentId, access };
}

/**
 * Staff may open any student, so each time they do is written to the audit log (which the
 * student's data export includes), like any staff read of other people's data.
 */
export async function recordStaffRead(view: StudentView, action: "staff.view-student" | "staff.download-cv") {
  if (view.viewer.role !== "STAFF" || view.viewer.id === view.studentId) return;
  await recordStaffAction(db(), { actorId: view.viewer.id, action, targetType: "user", targetId: view.studentId });
}
