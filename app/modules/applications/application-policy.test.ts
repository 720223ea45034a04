import { describe, expect, it } from "vitest";
import { applicationSide, canMoveApplication, workflowActorOf, type ApplicationViewer } from "./application-policy";

const APPLICATION = { studentId: "student-1", companyId: "company-a", studentSchoolId: 7 };

function viewer(role: ApplicationViewer["user"]["role"], id: string, extra: Partial<ApplicationViewer> = {}) {
  return { user: { id, role }, membership: null, coordinatorSchoolId: null, ...extra };
}

describe("applicationSide", () => {
  it("gives the applying student, the company's members, the school's coordinators and staff a side", () => {
    expect(applicationSide(viewer("STUDENT", "student-1"), APPLICATION)).toBe("student");
    const member = { companyId: "company-a", userId: "member-1", isOwner: false };
    expect(applicationSide(viewer("COMPANY_MEMBER", "member-1", { membership: member }), APPLICATION)).toBe("company");
    expect(applicationSide(viewer("COORDINATOR", "teacher-1", { coordinatorSchoolId: 7 }), APPLICATION)).toBe(
      "coordinator",
    );
    expect(applicationSide(viewer("STAFF", "staff-1"), APPLICATION)).toBe("staff");
  });

  it("gives nobody else a side", () => {
    expect(applicationSide(viewer("STUDENT", "student-2"), APPLICATION)).toBeNull();
    const otherCompany = { companyId: "company-b", userId: "member-2", isOwner: true };
    expect(applicationSide(viewer("COMPANY_MEMBER", "member-2", { membership: otherCompany }), APPLICATION)).toBeNull();
    // A membership looked up for someone else never opens the door.
    const someoneElses = { companyId: "company-a", userId: "member-1", isOwner: true };
    expect(applicationSide(viewer("COMPANY_MEMBER", "member-3", { membership: someoneElses }), APPLICATION)).toBeNull();
    expect(applicationSide(viewer("COMPANY_MEMBER", "member-3"), APPLICATION)).toBeNull();
    expect(applicationSide(viewer("COORDINATOR", "teacher-2", { coordinatorSchoolId: 8 }), APPLICATION)).toBeNull();
    // Not confirmed by staff yet: no school.
    expect(applicationSide(viewer("COORDINATOR", "teacher-3"), APPLICATION)).toBeNull();
    expect(
      applicationSide(viewer("COORDINATOR", "teacher-1", { coordinatorSchoolId: 7 }), {
        ...APPLICATION,
        studentSchoolId: null,
      }),
    ).toBeNull();
  });
});

describe("canMoveApplication", () => {
  it("lets the student withdraw and the company answer; coordinators and staff only read", () => {
    expect(canMoveApplication("student", "SEEN", "withdraw")).toBe(true);
    expect(canMoveApplication("student", "SEEN", "accept")).toBe(false);
    expect(canMoveApplication("company", "SEEN", "accept")).toBe(true);
    expect(canMoveApplication("company", "SEEN", "withdraw")).toBe(false);
    expect(canMoveApplication("company", "ACCEPTED", "decline")).toBe(false);
    for (const side of ["coordinator", "staff"] as const) {
      expect(workflowActorOf(side)).toBeNull();
      for (const action of ["see", "shortlist", "accept", "decline", "withdraw", "expire"] as const) {
        expect(canMoveApplication(side, "SUBMITTED", action)).toBe(false);
      }
    }
  });
});
