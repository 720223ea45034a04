import { describe, expect, it } from "vitest";
import { canManageMembers, canViewCompany, inviteeProblem } from "./company-policy";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const owner = { id: "u-owner", role: "COMPANY_MEMBER" as const };
const colleague = { id: "u-colleague", role: "COMPANY_MEMBER" as const };
const ownerOfA = { companyId: A, userId: owner.id, isOwner: true };
const colleagueOfA = { companyId: A, userId: colleague.id, isOwner: false };

describe("canViewCompany", () => {
  it("lets the company's own members in, and nobody else", () => {
    expect(canViewCompany(owner, ownerOfA, A)).toBe(true);
    expect(canViewCompany(colleague, colleagueOfA, A)).toBe(true);
    expect(canViewCompany(owner, null, B)).toBe(false);
  });

  it("does not accept a membership of another company or another person", () => {
    expect(canViewCompany(owner, ownerOfA, B)).toBe(false);
    expect(canViewCompany(colleague, ownerOfA, A)).toBe(false);
  });

  it("refuses other roles even with a membership row", () => {
    expect(canViewCompany({ id: owner.id, role: "STAFF" }, ownerOfA, A)).toBe(false);
    expect(canViewCompany({ id: owner.id, role: "STUDENT" }, ownerOfA, A)).toBe(false);
  });
});

describe("canManageMembers", () => {
  it("is for the owner of that very company", () => {
    expect(canManageMembers(owner, ownerOfA, A)).toBe(true);
    expect(canManageMembers(colleague, colleagueOfA, A)).toBe(false);
    expect(canManageMembers(owner, ownerOfA, B)).toBe(false);
    expect(canManageMembers(owner, null, A)).toBe(false);
  });
});

describe("inviteeProblem", () => {
  it("accepts a new address and names why an existing account stands in the way", () => {
    expect(inviteeProblem(null, A)).toBeNull();
    expect(inviteeProblem({ role: "STUDENT", companyIds: [] }, A)).toBe("account:members.errors.otherRole");
    expect(inviteeProblem({ role: "COMPANY_MEMBER", companyIds: [A] }, A)).toBe("account:members.errors.alreadyMember");
    expect(inviteeProblem({ role: "COMPANY_MEMBER", companyIds: [B] }, A)).toBe("account:members.errors.otherCompany");
  });
});
