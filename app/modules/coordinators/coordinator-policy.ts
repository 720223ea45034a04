/**
 * What a school coordinator may see and do. Pure: the coordinator pages and the staff pages ask
 * the same questions. Anyone can sign up as a teacher of any school, so a coordinator sees
 * students (many of them minors) only after staff confirmed that they teach there.
 */
import type { Role } from "~/modules/accounts/current-user.server";

export interface CoordinatorFacts {
  schoolId: number;
  verifiedAt: Date | null;
}

export interface Viewer {
  id: string;
  role: Role;
}

/** May this person follow the students and applications of a school? */
export function canFollowSchool(viewer: Viewer, coordinator: CoordinatorFacts | null, schoolId: number): boolean {
  if (viewer.role !== "COORDINATOR" || !coordinator) return false;
  return coordinator.verifiedAt !== null && coordinator.schoolId === schoolId;
}

/** Endorsing is vouching for one's own school's student; the badge is shown to companies. */
export function canEndorse(
  viewer: Viewer,
  coordinator: CoordinatorFacts | null,
  student: { schoolId: number; deleted: boolean },
): boolean {
  return !student.deleted && canFollowSchool(viewer, coordinator, student.schoolId);
}

/** Confirming a coordinator is the office's decision. */
export function canConfirmCoordinators(viewer: Viewer): boolean {
  return viewer.role === "STAFF";
}
