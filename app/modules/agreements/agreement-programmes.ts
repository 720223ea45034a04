/**
 * A programme as the financial annex lists it: both languages' names and a short note (verdict and
 * estimated grant). Filled by `programmesForAgreement` (agreement-programmes.server.ts) from the
 * programmes module's eligibility engine.
 */
export interface EligibleProgramme {
  nameDe: string;
  nameFr: string;
  noteDe?: string;
  noteFr?: string;
}
