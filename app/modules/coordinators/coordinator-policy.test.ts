import { describe, expect, it } from "vitest";
import { canConfirmCoordinators, canEndorse, canFollowSchool } from "./coordinator-policy";

const teacher = { id: "t", role: "COORDINATOR" as const };
const confirmed = { schoolId: 7, verifiedAt: new Date("2026-11-01T10:00:00Z") };

describe("coordinator policy", () => {
  it("lets a confirmed coordinator follow their own school only", () => {
    expect(canFollowSchool(teacher, confirmed, 7)).toBe(true);
    expect(canFollowSchool(teacher, confirmed, 8)).toBe(false);
  });

  it("shows nothing before staff confirmed the coordinator", () => {
    expect(canFollowSchool(teacher, { schoolId: 7, verifiedAt: null }, 7)).toBe(false);
  });

  it("refuses other roles even with a coordinator profile", () => {
    expect(canFollowSchool({ id: "s", role: "STAFF" }, confirmed, 7)).toBe(false);
    expect(canFollowSchool({ id: "c", role: "COMPANY_MEMBER" }, confirmed, 7)).toBe(false);
    expect(canFollowSchool(teacher, null, 7)).toBe(false);
  });

  it("endorses living students of the coordinator's school", () => {
    expect(canEndorse(teacher, confirmed, { schoolId: 7, deleted: false })).toBe(true);
    expect(canEndorse(teacher, confirmed, { schoolId: 7, deleted: true })).toBe(false);
    expect(canEndorse(teacher, confirmed, { schoolId: 9, deleted: false })).toBe(false);
  });

  it("leaves confirming coordinators to staff", () => {
    expect(canConfirmCoordinators({ id: "s", role: "STAFF" })).toBe(true);
    expect(canConfirmCoordinators(teacher)).toBe(false);
  });
});
