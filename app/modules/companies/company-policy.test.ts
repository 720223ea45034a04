import { describe, expect, it } from "vitest";
import { canEditCompanyProfile, canManageMembers, canViewCompany, canViewCompanyLogo } from "./company-policy";

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

describe("canEditCompanyProfile", () => {
  it("is for every member of that very company, owner or not", () => {
    expect(canEditCompanyProfile(owner, ownerOfA, A)).toBe(true);
    expect(canEditCompanyProfile(colleague, colleagueOfA, A)).toBe(true);
  });

  it("refuses other companies, borrowed memberships and other roles", () => {
    expect(canEditCompanyProfile(owner, ownerOfA, B)).toBe(false);
    expect(canEditCompanyProfile(colleague, ownerOfA, A)).toBe(false);
    expect(canEditCompanyProfile(owner, null, A)).toBe(false);
    expect(canEditCompanyProfile({ id: owner.id, role: "STAFF" }, ownerOfA, A)).toBe(false);
  });
});

describe("canViewCompanyLogo", () => {
  const staff = { id: "u-staff", role: "STAFF" as const };
  const student = { id: "u-student", role: "STUDENT" as const };

  it("shows a verified company's logo to everyone, visitors included", () => {
    const verified = { id: A, status: "VERIFIED" };
    expect(canViewCompanyLogo(null, null, verified)).toBe(true);
    expect(canViewCompanyLogo(student, null, verified)).toBe(true);
    expect(canViewCompanyLogo(owner, null, { id: B, status: "VERIFIED" })).toBe(true);
  });

  it("keeps a pending or rejected company's logo to its members and the Antenne office", () => {
    for (const status of ["PENDING", "REJECTED"]) {
      const company = { id: A, status };
      expect(canViewCompanyLogo(colleague, colleagueOfA, company), status).toBe(true);
      expect(canViewCompanyLogo(staff, null, company), status).toBe(true);
      expect(canViewCompanyLogo(null, null, company), status).toBe(false);
      expect(canViewCompanyLogo(student, null, company), status).toBe(false);
      expect(canViewCompanyLogo(owner, ownerOfA, { id: B, status }), status).toBe(false);
    }
  });
});
