/**
 * Dates of the demo world as the tests name them. The demo data is written for 26 November 2026
 * and moved as a whole to the clock's today (app/modules/demo/demo-shift.ts); a test that names a
 * day of that world ("the pupil is free from 17 May 2027") moves it the same way, so it keeps its
 * meaning — the same weekday, the same distance to the offers' periods, the same age — whatever
 * ANTENNE_TODAY says. Nothing here reads the calendar of the machine directly.
 */
import { demoEditionYears } from "../app/modules/demo/demo-events";
import { currentSchoolYear, yearLabel, yearParam } from "../app/modules/figures/figure-year";
import { demoReferenceDate, demoShiftDays, shiftIsoDay } from "../app/modules/demo/demo-shift";

/** A day as written for the demo's base date, moved to today's demo world. */
export function demoDay(writtenAs: string): string {
  return shiftIsoDay(writtenAs, demoShiftDays());
}

/** The demo world's today ("2026-11-26" when it is that day). */
export const demoToday = () => demoReferenceDate();

/** The year of the archived 22 January and of the one being prepared. */
export const editions = () => demoEditionYears(demoReferenceDate());

/** "2025/26": the school year (from August) `yearsBack` years before the demo's today. */
export function schoolYear(yearsBack: number): { label: string; slug: string } {
  const current = currentSchoolYear(demoReferenceDate());
  const year = { ...current, start: current.start - yearsBack };
  return { label: yearLabel(year), slug: yearParam(year) };
}
