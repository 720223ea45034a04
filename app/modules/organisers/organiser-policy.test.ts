import { describe, expect, it } from "vitest";
import {
  canManageEvent,
  canManageOrganiserMembers,
  canRemoveOrganiserMember,
  canViewOrganiser,
  lastOwnerRefusal,
  submissionRefusal,
  type OrganiserMembership,
} from "./organiser-policy";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const anna = { id: "u-anna", role: "ORGANISER_MEMBER" as const };
const owner: OrganiserMembership = { organiserId: A, userId: anna.id, isOwner: true };
const member: OrganiserMembership = { ...owner, isOwner: false };

describe("organiser policy", () => {
  it("lets a member see and manage only the events of their own organiser", () => {
    expect(canViewOrganiser(anna, member, A)).toBe(true);
    expect(canManageEvent(anna, member, { organiserId: A })).toBe(true);
    expect(canViewOrganiser(anna, member, B)).toBe(false);
    expect(canManageEvent(anna, member, { organiserId: B })).toBe(false);
    expect(canManageEvent(anna, null, { organiserId: A })).toBe(false);
  });

  it("never trusts a membership looked up for someone else or with another role", () => {
    expect(canManageEvent(anna, { ...member, userId: "u-other" }, { organiserId: A })).toBe(false);
    for (const role of ["STAFF", "COMPANY_MEMBER", "STUDENT", "COORDINATOR"] as const) {
      expect(canManageEvent({ id: anna.id, role }, member, { organiserId: A })).toBe(false);
    }
  });

  it("leaves the team to the owner", () => {
    expect(canManageOrganiserMembers(anna, owner, A)).toBe(true);
    expect(canManageOrganiserMembers(anna, member, A)).toBe(false);
    expect(canManageOrganiserMembers(anna, owner, B)).toBe(false);
  });

  it("lets the owner remove anyone of the team and every member leave, but never the last owner", () => {
    const bruno: OrganiserMembership = { organiserId: A, userId: "u-bruno", isOwner: false };
    expect(canRemoveOrganiserMember(anna, owner, bruno)).toBe(true);
    expect(canRemoveOrganiserMember(anna, member, bruno)).toBe(false);
    expect(canRemoveOrganiserMember(anna, member, member)).toBe(true);
    expect(canRemoveOrganiserMember(anna, owner, { ...bruno, organiserId: B })).toBe(false);
    expect(canRemoveOrganiserMember({ ...anna, role: "STAFF" }, owner, bruno)).toBe(false);
    expect(lastOwnerRefusal(owner, 1)).toBe("organisers:members.errors.lastOwner");
    expect(lastOwnerRefusal(owner, 2)).toBeNull();
    expect(lastOwnerRefusal(member, 1)).toBeNull();
  });

  it("lets only verified organisers send events to review", () => {
    expect(submissionRefusal({ verified: false })).toBe("organisers:errors.notVerified");
    expect(submissionRefusal({ verified: true })).toBeNull();
  });
});
