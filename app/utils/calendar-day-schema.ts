/**
 * The zod rule for a calendar day in forms. Apart from calendar-days.ts so that pages which only
 * compute with days do not load zod in the browser.
 */
import { z } from "zod";
import { isCalendarDay } from "./calendar-days";

/** A zod string that must name a real day; `message` is the locale key shown otherwise. */
export function calendarDay(message: string) {
  // Aborts: later rules (end after start, age) only make sense for a real day.
  return z.string({ message }).trim().refine(isCalendarDay, { message, abort: true });
}
