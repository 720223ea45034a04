import { describe, expect, it } from "vitest";
import { DAILY_INVITATIONS, invitationRefusal, inviteeProblem, mayJoinWithAccount } from "./team-policy";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const companyA = { role: "COMPANY_MEMBER" as const, id: A };
const organiserA = { role: "ORGANISER_MEMBER" as const, id: A };

describe("inviteeProblem", () => {
  it("names only what the team list shows anyway: that the person is already in the team", () => {
    expect(inviteeProblem(null, companyA)).toBeNull();
    expect(inviteeProblem({ role: "COMPANY_MEMBER", teamIds: [A] }, companyA)).toBe(
      "account:members.errors.alreadyMember",
    );
    expect(inviteeProblem({ role: "ORGANISER_MEMBER", teamIds: [A] }, organiserA)).toBe(
      "account:members.errors.alreadyMember",
    );
    // Whether an address belongs to a student or another team is nobody's business here.
    expect(inviteeProblem({ role: "STUDENT", teamIds: [] }, companyA)).toBeNull();
    expect(inviteeProblem({ role: "COMPANY_MEMBER", teamIds: [B] }, companyA)).toBeNull();
    expect(inviteeProblem({ role: "COMPANY_MEMBER", teamIds: [A] }, organiserA)).toBeNull();
  });
});

describe("invitationRefusal", () => {
  it("waits for the Antenne's verification, then allows ten a day", () => {
    expect(invitationRefusal({ verified: false }, 0)).toBe("notVerified");
    expect(invitationRefusal({ verified: true }, DAILY_INVITATIONS - 1)).toBeNull();
    expect(invitationRefusal({ verified: true }, DAILY_INVITATIONS)).toBe("dailyLimit");
  });
});

describe("mayJoinWithAccount", () => {
  it("lets an account of the team's kind join while it belongs to no team of that kind", () => {
    expect(mayJoinWithAccount({ role: "ORGANISER_MEMBER", teamIds: [] }, "ORGANISER_MEMBER")).toBe(true);
    expect(mayJoinWithAccount({ role: "COMPANY_MEMBER", teamIds: [] }, "COMPANY_MEMBER")).toBe(true);
    expect(mayJoinWithAccount({ role: "ORGANISER_MEMBER", teamIds: [B] }, "ORGANISER_MEMBER")).toBe(false);
    for (const role of ["STUDENT", "COMPANY_MEMBER", "COORDINATOR", "STAFF"] as const) {
      expect(mayJoinWithAccount({ role, teamIds: [] }, "ORGANISER_MEMBER")).toBe(false);
    }
    expect(mayJoinWithAccount(null, "ORGANISER_MEMBER")).toBe(false);
  });
});
