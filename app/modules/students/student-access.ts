/**
 * Who may see a student's profile and CV: the one place that decides, asked by the profile page
 * and the CV download alike. Pure, so every rule is tested without a database; the caller looks
 * up the facts (student-access.server.ts). Anyone not allowed gets a 404, as for a student who
 * does not exist, so a URL tells nothing about who is registered.
 */
import { canFollowSchool, type CoordinatorFacts } from "~/modules/coordinators/coordinator-policy";

export type Role = "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER";

export interface StudentFacts {
  userId: string;
  schoolId: number;
  discoverable: boolean;
  /** The account was deleted: what is left is statistics, for nobody to open. */
  deleted: boolean;
  hasCv: boolean;
}

/** What ties the viewer to the student; each part is looked up only for the role it concerns. */
export interface ViewerFacts {
  id: string;
  role: Role;
  /** A coordinator's school and whether staff confirmed them (the coordinator policy decides). */
  coordinator: CoordinatorFacts | null;
  /** For a company member, over all their companies. */
  companies: {
    /** At least one of them was checked by the Antenne office. */
    verified: boolean;
    /** The student applied to one of their offers (any application, whatever became of it). */
    applied: boolean;
    /** …and in one of those applications chose to send the CV along. */
    appliedWithCv: boolean;
  } | null;
}

export interface StudentAccess {
  profile: boolean;
  cv: boolean;
}

const NONE: StudentAccess = { profile: false, cv: false };

export function studentAccess(viewer: ViewerFacts, student: StudentFacts): StudentAccess {
  if (student.deleted) return NONE;
  const everything = { profile: true, cv: student.hasCv };
  if (viewer.id === student.userId) return everything;
  switch (viewer.role) {
    case "STAFF":
      return everything;
    case "COORDINATOR":
      // The school that sends the student abroad, and only that one, once staff confirmed the
      // teacher: the same question every coordinator page asks.
      return canFollowSchool(viewer, viewer.coordinator, student.schoolId) ? everything : NONE;
    case "COMPANY_MEMBER": {
      const companies = viewer.companies;
      if (!companies) return NONE;
      // Discoverable students show themselves to companies the office has checked; an application
      // shows the student to the company applied to, and the CV only if it was sent along.
      const listed = student.discoverable && companies.verified;
      return {
        profile: listed || companies.applied,
        cv: student.hasCv && (listed || companies.appliedWithCv),
      };
    }
    case "STUDENT":
    case "ORGANISER_MEMBER":
      return NONE;
  }
}
