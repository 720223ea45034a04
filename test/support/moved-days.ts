/**
 * Days that tests write for the demo's base date (26 November 2026), moved like the demo data to
 * the clock's today (app/modules/demo/demo-shift.ts, ADR 31): by whole weeks, so a Thursday stays
 * a Thursday and "three months ahead" stays three months ahead, whatever ANTENNE_TODAY says.
 * `moved` rewrites every date in a text: "2027-03-18", "2027-03-18T19:00" and iCalendar's
 * "20270318T190000".
 */
import { demoShiftDays, shiftIsoDay } from "~/modules/demo/demo-shift";

export function moved(text: string): string {
  return shiftDaysIn(text, demoShiftDays());
}

function shiftDaysIn(text: string, days: number): string {
  return text
    .replace(/\b(\d{4}-\d{2}-\d{2})(?=$|[^\d])/g, (day) => shiftIsoDay(day, days))
    .replace(/\b(\d{4})(\d{2})(\d{2})(?=T\d{4,6})/g, (_all, y: string, m: string, d: string) =>
      shiftIsoDay(`${y}-${m}-${d}`, days).replaceAll("-", ""),
    );
}

/** A moment written for the base date ("2027-03-18T19:00:00Z"), moved. */
export const movedDate = (writtenAs: string) => new Date(moved(writtenAs));

/**
 * For tests about the calendar itself (summer time, weekdays of a month): moved by whole years of
 * 52 weeks, as many as it takes for the base date to reach today. Weekday and season are kept
 * (within a day or two), and a day written as ahead stays ahead — by more than written.
 */
export function movedSeason(text: string): string {
  return shiftDaysIn(text, 364 * Math.max(0, Math.ceil(demoShiftDays() / 364)));
}
