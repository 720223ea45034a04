/**
 * Who may see and move an application: the one place that decides, called by every loader and
 * action of the application pages and by `moveApplication`. Pure; the caller looks up the facts
 * (membership in the offer's company, the coordinator's confirmed school). Anyone without a side
 * gets the same 404 as for an id that never existed.
 *
 *   student      the student who applied: reads it, may withdraw
 *   company      a member of the offer's company: reads it, may answer
 *   coordinator  a confirmed coordinator of the student's school: reads only
 *   staff        the Antenne office: reads only
 */
import type { PolicyMembership, PolicyUser } from "~/modules/companies/company-policy";
import { applicationMove, type ApplicationAction, type ApplicationActor } from "./application-workflow";

export type ApplicationSide = "student" | "company" | "coordinator" | "staff";

export interface PolicyApplication {
  studentId: string;
  /** The company of the offer applied for. */
  companyId: string;
  /** The student's school, or null when the profile is gone. */
  studentSchoolId: number | null;
}

export interface ApplicationViewer {
  user: PolicyUser;
  /** The viewer's membership in the offer's company, or null. */
  membership: PolicyMembership | null;
  /** The school the viewer coordinates, only once staff confirmed it; else null. */
  coordinatorSchoolId: number | null;
}

export function applicationSide(viewer: ApplicationViewer, application: PolicyApplication): ApplicationSide | null {
  const { user, membership, coordinatorSchoolId } = viewer;
  switch (user.role) {
    case "STUDENT":
      return user.id === application.studentId ? "student" : null;
    case "COMPANY_MEMBER":
      // The ids are compared again, so a membership looked up for the wrong company cannot open the door.
      return membership !== null && membership.userId === user.id && membership.companyId === application.companyId
        ? "company"
        : null;
    case "COORDINATOR":
      return coordinatorSchoolId !== null && coordinatorSchoolId === application.studentSchoolId ? "coordinator" : null;
    case "STAFF":
      return "staff";
    case "ORGANISER_MEMBER":
      return null;
  }
}

/** The workflow actor a side moves applications as; coordinators and staff only read. */
export function workflowActorOf(side: ApplicationSide): Exclude<ApplicationActor, "system"> | null {
  if (side === "student" || side === "company") return side;
  return null;
}

/** May this side take this action on an application in this state? */
export function canMoveApplication(
  side: ApplicationSide,
  status: Parameters<typeof applicationMove>[0],
  action: ApplicationAction,
): boolean {
  const actor = workflowActorOf(side);
  return actor !== null && applicationMove(status, action, actor).ok;
}
