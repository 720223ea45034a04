import { describe, expect, it } from "vitest";
import {
  actionsFor,
  APPLICATION_MOVES,
  APPLICATION_STATUSES,
  applicationMove,
  clockDue,
  isOpen,
  type ApplicationAction,
  type ApplicationActor,
  type ApplicationStatus,
} from "./application-workflow";

/** The table of moves, checked against the list of states and who moves them. */
const LEGAL: [ApplicationStatus, ApplicationAction, ApplicationActor, ApplicationStatus][] = [
  ["SUBMITTED", "see", "company", "SEEN"],
  ["SUBMITTED", "shortlist", "company", "SHORTLISTED"],
  ["SEEN", "shortlist", "company", "SHORTLISTED"],
  ["SUBMITTED", "accept", "company", "ACCEPTED"],
  ["SEEN", "accept", "company", "ACCEPTED"],
  ["SHORTLISTED", "accept", "company", "ACCEPTED"],
  ["SUBMITTED", "decline", "company", "DECLINED"],
  ["SEEN", "decline", "company", "DECLINED"],
  ["SHORTLISTED", "decline", "company", "DECLINED"],
  ["SUBMITTED", "withdraw", "student", "WITHDRAWN"],
  ["SEEN", "withdraw", "student", "WITHDRAWN"],
  ["SHORTLISTED", "withdraw", "student", "WITHDRAWN"],
  ["SUBMITTED", "expire", "system", "EXPIRED"],
  ["SEEN", "expire", "system", "EXPIRED"],
];
const ACTORS: ApplicationActor[] = ["company", "student", "system"];

describe("applicationMove", () => {
  it.each(LEGAL)("moves %s by %s (%s) to %s", (from, action, actor, to) => {
    expect(applicationMove(from, action, actor)).toEqual({ ok: true, to });
  });

  it("refuses every other combination of state, action and actor", () => {
    const legal = new Set(LEGAL.map(([from, action, actor]) => `${from} ${action} ${actor}`));
    const refused: string[] = [];
    for (const from of APPLICATION_STATUSES) {
      for (const action of Object.keys(APPLICATION_MOVES) as ApplicationAction[]) {
        for (const actor of ACTORS) {
          const key = `${from} ${action} ${actor}`;
          const result = applicationMove(from, action, actor);
          if (legal.has(key)) expect(result.ok, key).toBe(true);
          else {
            expect(result, key).toEqual({ ok: false });
            refused.push(key);
          }
        }
      }
    }
    // 7 states × 6 actions × 3 actors, minus the legal ones.
    expect(refused).toHaveLength(7 * 6 * 3 - LEGAL.length);
    expect(refused).toContain("ACCEPTED decline company");
    expect(refused).toContain("SHORTLISTED expire system");
    expect(refused).toContain("SUBMITTED accept student");
    expect(refused).toContain("DECLINED withdraw student");
  });

  it("leaves final states final", () => {
    for (const status of ["ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED"] as const) {
      expect(isOpen(status)).toBe(false);
      for (const actor of ACTORS) expect(actionsFor(status, actor)).toEqual([]);
    }
  });
});

describe("actionsFor", () => {
  it("offers the company its answers and the student withdrawal, never 'see' as a button", () => {
    expect(actionsFor("SUBMITTED", "company")).toEqual(["shortlist", "accept", "decline"]);
    expect(actionsFor("SHORTLISTED", "company")).toEqual(["accept", "decline"]);
    expect(actionsFor("SEEN", "student")).toEqual(["withdraw"]);
  });
});

describe("clockDue", () => {
  const submittedAt = new Date("2027-03-01T10:00:00Z");
  const after = (days: number, ms = 0) => new Date(submittedAt.getTime() + days * 86_400_000 + ms);
  const unanswered = { status: "SUBMITTED" as const, submittedAt, remindedAt: null };

  it("owes nothing before 7 days, a reminder from exactly 7 days, expiry from exactly 14", () => {
    expect(clockDue(unanswered, after(6))).toBeNull();
    expect(clockDue(unanswered, after(7, -1))).toBeNull();
    expect(clockDue(unanswered, after(7))).toBe("remind");
    expect(clockDue(unanswered, after(14, -1))).toBe("remind");
    expect(clockDue(unanswered, after(14))).toBe("expire");
  });

  it("reminds once only, and still expires a reminded application", () => {
    const reminded = { ...unanswered, remindedAt: after(7) };
    expect(clockDue(reminded, after(10))).toBeNull();
    expect(clockDue(reminded, after(14))).toBe("expire");
  });

  it("counts a seen application as unanswered, but not a shortlisted or decided one", () => {
    expect(clockDue({ ...unanswered, status: "SEEN" }, after(14))).toBe("expire");
    for (const status of ["SHORTLISTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "EXPIRED"] as const) {
      expect(clockDue({ ...unanswered, status }, after(30)), status).toBeNull();
    }
  });
});
