import { needsGuardianConsent } from "./age";

/**
 * May this student apply for internships? Not while a guardian's consent is missing for someone
 * below the age of digital consent (16 in Germany, 15 in France). Pure, so every route that
 * leads to an application asks the same question.
 */
export function studentMayApply(
  student: { birthDate: string; country: "DE" | "FR"; guardianConsentAt: Date | null },
  today: string,
): { allowed: true } | { allowed: false; reason: "guardian-consent-missing" } {
  if (student.guardianConsentAt || !needsGuardianConsent(student.birthDate, student.country, today))
    return { allowed: true };
  return { allowed: false, reason: "guardian-consent-missing" };
}
