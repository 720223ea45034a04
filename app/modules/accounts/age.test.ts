import { describe, expect, it } from "vitest";
import { ageOn, needsGuardianConsent } from "./age";
import { todayInEurope } from "~/utils/calendar-days";

describe("ageOn", () => {
  it("counts a year only once the birthday has come", () => {
    expect(ageOn("2010-05-17", "2026-05-16")).toBe(15);
    expect(ageOn("2010-05-17", "2026-05-17")).toBe(16);
  });

  it("handles birthdays on 29 February", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});

describe("needsGuardianConsent", () => {
  it("applies 16 in Germany and 15 in France", () => {
    // A 15-year-old: a guardian must consent in Germany but not in France.
    expect(needsGuardianConsent("2011-01-10", "DE", "2026-11-26")).toBe(true);
    expect(needsGuardianConsent("2011-01-10", "FR", "2026-11-26")).toBe(false);
    // A 14-year-old needs one on both sides.
    expect(needsGuardianConsent("2012-06-01", "FR", "2026-11-26")).toBe(true);
  });
});

describe("todayInEurope", () => {
  it("uses the Central European date, not UTC", () => {
    expect(todayInEurope(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
