import { describe, expect, it } from "vitest";
import { studentAccess, type StudentFacts, type ViewerFacts } from "./student-access";

const student: StudentFacts = { userId: "s1", schoolId: 7, discoverable: false, deleted: false, hasCv: true };
const none = { verified: false, applied: false, appliedWithCv: false };

function viewer(role: ViewerFacts["role"], changes: Partial<ViewerFacts> = {}): ViewerFacts {
  return { id: "v1", role, coordinator: null, companies: null, ...changes };
}

const confirmed = new Date("2026-11-01T09:00:00Z");
const company = (companies: Partial<typeof none>) => viewer("COMPANY_MEMBER", { companies: { ...none, ...companies } });

describe("studentAccess", () => {
  it("lets the student, staff and the school's coordinators see everything", () => {
    expect(studentAccess(viewer("STUDENT", { id: "s1" }), student)).toEqual({ profile: true, cv: true });
    expect(studentAccess(viewer("STAFF"), student)).toEqual({ profile: true, cv: true });
    expect(
      studentAccess(viewer("COORDINATOR", { coordinator: { schoolId: 7, verifiedAt: confirmed } }), student),
    ).toEqual({ profile: true, cv: true });
    expect(studentAccess(viewer("STAFF"), { ...student, hasCv: false })).toEqual({ profile: true, cv: false });
  });

  it("keeps other students and coordinators of other schools out", () => {
    expect(studentAccess(viewer("STUDENT"), { ...student, discoverable: true })).toEqual({ profile: false, cv: false });
    expect(
      studentAccess(viewer("COORDINATOR", { coordinator: { schoolId: 8, verifiedAt: confirmed } }), student),
    ).toEqual({ profile: false, cv: false });
    expect(studentAccess(viewer("COORDINATOR"), student)).toEqual({ profile: false, cv: false });
    const unconfirmed = viewer("COORDINATOR", { coordinator: { schoolId: 7, verifiedAt: null } });
    expect(studentAccess(unconfirmed, student)).toEqual({ profile: false, cv: false });
  });

  it("shows a discoverable student to verified companies, with the CV", () => {
    const listed = { ...student, discoverable: true };
    expect(studentAccess(company({ verified: true }), listed)).toEqual({ profile: true, cv: true });
    expect(studentAccess(company({ verified: false }), listed)).toEqual({ profile: false, cv: false });
    expect(studentAccess(company({ verified: true }), student)).toEqual({ profile: false, cv: false });
    expect(studentAccess(viewer("COMPANY_MEMBER"), listed)).toEqual({ profile: false, cv: false });
  });

  it("shows an applicant to the company applied to, and the CV only if it was sent along", () => {
    expect(studentAccess(company({ applied: true }), student)).toEqual({ profile: true, cv: false });
    expect(studentAccess(company({ applied: true, appliedWithCv: true }), student)).toEqual({
      profile: true,
      cv: true,
    });
    expect(studentAccess(company({ applied: true, appliedWithCv: true }), { ...student, hasCv: false })).toEqual({
      profile: true,
      cv: false,
    });
  });

  it("opens a deleted account to nobody, not even its former owner or staff", () => {
    const deleted = { ...student, deleted: true, discoverable: true };
    for (const who of [viewer("STUDENT", { id: "s1" }), viewer("STAFF"), company({ applied: true, verified: true })]) {
      expect(studentAccess(who, deleted)).toEqual({ profile: false, cv: false });
    }
  });
});
