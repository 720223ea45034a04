/**
 * /:lang/students/:id — a student as the people allowed to see them do (student-access.ts): the
 * student, staff, their school's coordinators, and companies they applied to or that may find
 * them. Never in a search index. Birth date, guardian and contact details stay off this page.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { formatDateRange, formatDay } from "~/modules/i18n/date-format";
import { db } from "~/utils/db.server";
import { recordStaffRead, requireStudentView } from "./student-access.server";

export function studentCvPath(studentId: string): string {
  return `/students/${studentId}/cv`;
}

export async function studentPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const view = await requireStudentView(request, language, params.id);
  const student = await db().studentProfile.findUniqueOrThrow({
    where: { userId: view.studentId },
    select: {
      training: true,
      trainingYear: true,
      levelGerman: true,
      levelFrench: true,
      introDe: true,
      introFr: true,
      endorsedAt: true,
      user: { select: { displayName: true } },
      school: { select: { name: true, country: true } },
      fields: { select: { field: true }, orderBy: { field: { sortOrder: "asc" } } },
      availability: { select: { startsOn: true, endsOn: true }, orderBy: [{ startsOn: "asc" }, { endsOn: "asc" }] },
      places: { select: { radiusKm: true, place: true }, orderBy: { place: { nameDe: "asc" } } },
    },
  });
  await recordStaffRead(view, "staff.view-student");
  return {
    meta: pageMetaInput(request, language, student.user.displayName, undefined, { noindex: true }),
    isSelf: view.viewer.id === view.studentId,
    student: {
      name: student.user.displayName,
      school: student.school.name,
      country: student.school.country,
      training: student.training,
      trainingYear: student.trainingYear,
      levelGerman: student.levelGerman,
      levelFrench: student.levelFrench,
      introDe: student.introDe,
      introFr: student.introFr,
      fields: student.fields.map(({ field }) => localizedName(field, language)),
      availability: student.availability.map((window) => formatDateRange(window.startsOn, window.endsOn, language)),
      places: student.places.map((wish) => ({ name: localizedName(wish.place, language), radiusKm: wish.radiusKm })),
      endorsedOn: student.endorsedAt ? formatDay(student.endorsedAt, language) : null,
      cvUrl: view.access.cv ? studentCvPath(view.studentId) : null,
    },
  };
}
