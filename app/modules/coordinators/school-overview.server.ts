import { todayInEurope } from "~/utils/calendar-days";
import { isOpen, type ApplicationStatus } from "~/modules/applications/application-workflow";
import type { Language } from "~/modules/i18n/languages";
import { offerPath, titleFor } from "~/modules/offers/offer-url";
import { waitsForGuardian } from "~/modules/students/student-profile.server";
import { db } from "~/utils/db.server";
import { dayOf } from "~/utils/calendar-days";

/**
 * What a confirmed coordinator sees of their school: its students (profiles, endorsement, how
 * far their search has come) and all their applications. The caller has run canFollowSchool.
 */
export interface StudentRow {
  id: string;
  name: string;
  training: string;
  trainingYear: number;
  endorsedOn: string | null;
  /** Fields and availability filled in: enough to get recommendations. */
  complete: boolean;
  discoverable: boolean;
  waitingForGuardian: boolean;
  openApplications: number;
  accepted: number;
}

export interface ApplicationRow {
  id: string;
  studentId: string;
  studentName: string;
  offerTitle: string;
  offerPath: string;
  companyName: string;
  startsOn: string;
  endsOn: string;
  status: ApplicationStatus;
  updatedOn: string;
}

export async function schoolOverview(
  schoolId: number,
  language: Language,
  filter: { status: ApplicationStatus | null },
  now = new Date(),
) {
  const today = todayInEurope(now);
  const school = await db().school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, kind: true } });
  const students = await db().studentProfile.findMany({
    where: { schoolId, user: { deletedAt: null } },
    orderBy: [{ user: { displayName: "asc" } }, { userId: "asc" }],
    select: {
      userId: true,
      training: true,
      trainingYear: true,
      endorsedAt: true,
      discoverable: true,
      birthDate: true,
      country: true,
      guardianConsentAt: true,
      user: { select: { displayName: true } },
      _count: { select: { fields: true, availability: true } },
    },
  });
  const applications = await db().application.findMany({
    where: { studentId: { in: students.map((student) => student.userId) } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      studentId: true,
      status: true,
      startsOn: true,
      endsOn: true,
      updatedAt: true,
      offer: { select: { number: true, titleDe: true, titleFr: true, company: { select: { name: true } } } },
    },
  });
  const names = new Map(students.map((student) => [student.userId, student.user.displayName]));
  // One pass over the applications, counted per student.
  const counts = new Map<string, { open: number; accepted: number }>();
  for (const application of applications) {
    const count = counts.get(application.studentId) ?? { open: 0, accepted: 0 };
    if (isOpen(application.status)) count.open++;
    if (application.status === "ACCEPTED") count.accepted++;
    counts.set(application.studentId, count);
  }
  const rows: StudentRow[] = students.map((student) => {
    const count = counts.get(student.userId) ?? { open: 0, accepted: 0 };
    return {
      id: student.userId,
      name: student.user.displayName,
      training: student.training,
      trainingYear: student.trainingYear,
      endorsedOn: student.endorsedAt ? dayOf(student.endorsedAt) : null,
      complete: student._count.fields > 0 && student._count.availability > 0,
      discoverable: student.discoverable,
      waitingForGuardian: waitsForGuardian(student, today),
      openApplications: count.open,
      accepted: count.accepted,
    };
  });
  const shown = filter.status ? applications.filter((a) => a.status === filter.status) : applications;
  return {
    school,
    students: rows,
    applications: shown.map((application): ApplicationRow => ({
      id: application.id,
      studentId: application.studentId,
      studentName: names.get(application.studentId) ?? "",
      offerTitle: titleFor(application.offer, language),
      offerPath: offerPath(application.offer, language),
      companyName: application.offer.company.name,
      startsOn: dayOf(application.startsOn),
      endsOn: dayOf(application.endsOn),
      status: application.status,
      updatedOn: dayOf(application.updatedAt),
    })),
  };
}
