import { db } from "~/utils/db.server";
import { canEndorse, type CoordinatorFacts, type Viewer } from "./coordinator-policy";

/**
 * A coordinator vouches for a student of their school (or takes it back). Companies see the
 * badge on the student's profile and applications. The update repeats the school, so a student
 * who changed school meanwhile is not endorsed by their former teacher.
 */
export async function setEndorsement(
  viewer: Viewer,
  coordinator: CoordinatorFacts | null,
  studentId: string,
  endorse: boolean,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: "coordinator:errors.notYourStudent" }> {
  const refused = { ok: false as const, error: "coordinator:errors.notYourStudent" as const };
  const student = await db().studentProfile.findUnique({
    where: { userId: studentId },
    select: { schoolId: true, user: { select: { deletedAt: true } } },
  });
  if (!student || !canEndorse(viewer, coordinator, { schoolId: student.schoolId, deleted: !!student.user.deletedAt })) {
    return refused;
  }
  const updated = await db().studentProfile.updateMany({
    where: { userId: studentId, schoolId: student.schoolId },
    data: endorse ? { endorsedAt: now, endorsedById: viewer.id } : { endorsedAt: null, endorsedById: null },
  });
  return updated.count === 1 ? { ok: true } : refused;
}
