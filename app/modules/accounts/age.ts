import type { Country } from "~/modules/reference/countries";

/**
 * Age of digital consent (GDPR Art. 8) for students of each country: 16 in Germany, 15 in France.
 * Below it a parent or guardian must consent before the platform stores more than the minimum.
 */
export const DIGITAL_CONSENT_AGE: Record<Country, number> = { DE: 16, FR: 15 };

/** Whole years between a birth date (YYYY-MM-DD) and a day (YYYY-MM-DD), as on a birthday cake. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

export function needsGuardianConsent(birthDate: string, country: Country, today: string): boolean {
  return ageOn(birthDate, today) < DIGITAL_CONSENT_AGE[country];
}
