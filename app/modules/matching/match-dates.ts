/**
 * Calendar arithmetic for matching, on whole days since 1970-01-01 (UTC): inclusive ranges of
 * YYYY-MM-DD strings become pairs of integers, so overlaps are a subtraction.
 */
import { dayNumber } from "~/utils/calendar-days";
import type { DateRange } from "./match-types";

/**
 * A placement of n weeks may start on a Monday and end on a Friday: the same two days of weekend
 * grace the offer editor allows (offer-steps.schema's periodCoversWeeks), so a period the editor
 * accepts for n weeks also matches a student who is free exactly then.
 */
export const WEEKEND_GRACE_DAYS = 2;

export interface DaySpan {
  start: number;
  end: number;
}

/** Inclusive days needed for `weeks` weeks of placement. */
export function daysForWeeks(weeks: number): number {
  return weeks * 7 - WEEKEND_GRACE_DAYS;
}

/** Whole weeks of placement that fit into `days` inclusive days. */
export function weeksInDays(days: number): number {
  return days <= 0 ? 0 : Math.floor((days + WEEKEND_GRACE_DAYS) / 7);
}

/**
 * The student's windows as few, sorted spans: overlapping or adjacent windows (one ending the day
 * before the next starts) become one, since a placement may run across both. Windows ending before
 * `from` are dropped and the others start no earlier than `from` (nobody starts in the past).
 */
export function mergeWindows(windows: readonly DateRange[], from?: string): DaySpan[] {
  const floor = from === undefined ? -Infinity : dayNumber(from);
  const spans = windows
    .map((window) => ({ start: Math.max(dayNumber(window.startsOn), floor), end: dayNumber(window.endsOn) }))
    .filter((span) => span.end >= span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: DaySpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export interface BestOverlap extends DaySpan {
  periodId: string;
}

/**
 * The longest stretch of an offer's periods inside one of the (merged, sorted) windows, from
 * `today` on; the earliest, then the lowest period id, on a tie. Allocates only on improvement:
 * the dashboard runs this for thousands of offers per request.
 */
export function bestOverlap(
  periods: readonly (DateRange & { id: string })[],
  windows: readonly DaySpan[],
  today: number,
): BestOverlap | null {
  let best: BestOverlap | null = null;
  for (const period of periods) {
    const from = Math.max(dayNumber(period.startsOn), today);
    const to = dayNumber(period.endsOn);
    for (const window of windows) {
      const start = Math.max(from, window.start);
      const end = Math.min(to, window.end);
      if (end < start) continue;
      const better =
        !best ||
        end - start > best.end - best.start ||
        (end - start === best.end - best.start &&
          (start < best.start || (start === best.start && period.id < best.periodId)));
      if (better) best = { start, end, periodId: period.id };
    }
  }
  return best;
}
