/**
 * An offer's periods as the search sees them, shared by both search adapters (Meilisearch's
 * documents and PostgreSQL's filters) so they agree on what a stay fits into.
 */
import { dayNumber } from "~/utils/calendar-days";
import type { SearchDocument } from "./search-index";

/**
 * Days a stay of `weeks` needs inside a period: a period of n weeks may start on a Monday and
 * end on a Friday, the same two days of weekend grace as the offer editor (periodCoversWeeks).
 */
export function neededDays(weeks: number): number {
  return Math.max(1, weeks * 7 - 2);
}

/** The offer's periods as day ranges, overlapping or adjacent ones merged, in order. */
export function availabilityRanges(periods: SearchDocument["periods"]): { start: number; end: number }[] {
  const sorted = periods
    .map((period) => ({ start: dayNumber(period.startsOn), end: dayNumber(period.endsOn) }))
    .filter((range) => range.end >= range.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
