import { describe, expect, it } from "vitest";
import { LONGEST_SESSION_MS, sessionEnd, sessionHasEnded, shouldRecordActivity } from "./session-lifetime";

const login = new Date("2026-12-01T08:00:00Z");
const hours = (count: number) => new Date(login.getTime() + count * 3_600_000);

describe("session lifetime", () => {
  it("ends a student's session after 14 idle days, even though it would last 30", () => {
    const session = { createdAt: login, lastSeenAt: hours(24) };
    expect(sessionEnd("STUDENT", session)).toEqual(hours(24 + 14 * 24));
    expect(sessionHasEnded("STUDENT", session, hours(24 + 14 * 24 - 1))).toBe(false);
    expect(sessionHasEnded("STUDENT", session, hours(24 + 14 * 24))).toBe(true);
  });

  it("never lets activity stretch a session past its absolute lifetime", () => {
    const busy = { createdAt: login, lastSeenAt: hours(30 * 24 - 1) };
    expect(sessionEnd("COMPANY_MEMBER", busy)).toEqual(hours(30 * 24));
    expect(sessionHasEnded("COMPANY_MEMBER", busy, hours(30 * 24))).toBe(true);
  });

  it("gives staff an hour without a click and a working day at most", () => {
    expect(sessionHasEnded("STAFF", { createdAt: login, lastSeenAt: login }, hours(1))).toBe(true);
    expect(sessionHasEnded("STAFF", { createdAt: login, lastSeenAt: hours(11.5) }, hours(12))).toBe(true);
    expect(sessionHasEnded("STAFF", { createdAt: login, lastSeenAt: hours(11) }, hours(11.5))).toBe(false);
  });

  it("records activity every few minutes for staff and about daily for others", () => {
    expect(shouldRecordActivity("STAFF", login, hours(0.05))).toBe(false);
    expect(shouldRecordActivity("STAFF", login, hours(0.1))).toBe(true);
    expect(shouldRecordActivity("STUDENT", login, hours(27))).toBe(false);
    expect(shouldRecordActivity("STUDENT", login, hours(28))).toBe(true);
  });

  it("keeps coordinators and organisers' members signed in like students, and the cookie a month", () => {
    for (const role of ["COORDINATOR", "ORGANISER_MEMBER"] as const) {
      expect(sessionEnd(role, { createdAt: login, lastSeenAt: login }), role).toEqual(hours(14 * 24));
      expect(sessionEnd(role, { createdAt: login, lastSeenAt: hours(29 * 24) }), role).toEqual(hours(30 * 24));
    }
    expect(LONGEST_SESSION_MS).toBe(30 * 24 * 3_600_000);
  });
});
