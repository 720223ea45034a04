import { describe, expect, it } from "vitest";
import { studentMayApply } from "./student-policy";

describe("studentMayApply", () => {
  const today = "2026-11-26";

  it("holds back a 14-year-old from Normandy until the guardian has consented", () => {
    const student = { birthDate: "2012-01-15", country: "FR" as const, guardianConsentAt: null };
    expect(studentMayApply(student, today)).toEqual({ allowed: false, reason: "guardian-consent-missing" });
    expect(studentMayApply({ ...student, guardianConsentAt: new Date() }, today)).toEqual({ allowed: true });
  });

  it("lets a 15-year-old from Normandy apply but not one from Lower Saxony", () => {
    expect(studentMayApply({ birthDate: "2011-03-01", country: "FR", guardianConsentAt: null }, today).allowed).toBe(
      true,
    );
    expect(studentMayApply({ birthDate: "2011-03-01", country: "DE", guardianConsentAt: null }, today).allowed).toBe(
      false,
    );
  });

  it("lets the student apply alone once they reach the age of consent", () => {
    expect(studentMayApply({ birthDate: "2010-11-26", country: "DE", guardianConsentAt: null }, today).allowed).toBe(
      true,
    );
  });
});
