import { isoDay } from "~/utils/calendar-days";
import { neededDays } from "~/modules/search/search-periods";
import { dayNumber } from "~/utils/calendar-days";

import type { SearchDocument } from "~/modules/search/search-index";

/**
 * What "available between two dates" means, by brute force over single days, for tests of the
 * engines' date filters: some run of consecutive days on which the offer is available (in any
 * period) lies in the window (days as numbers, either end open) and is as long as the stay needs
 * — weeks · 7 less two days of weekend grace.
 */
export function availableByDefinition(
  document: Pick<SearchDocument, "periods" | "minWeeks">,
  from: number | null,
  to: number | null,
  weeks: number | null,
): boolean {
  const need = neededDays(weeks ?? document.minWeeks);
  const open = new Set<number>();
  for (const period of document.periods) {
    for (let day = dayNumber(period.startsOn); day <= dayNumber(period.endsOn); day++) open.add(day);
  }
  let run = 0;
  for (const day of [...open].sort((a, b) => a - b)) {
    if (from !== null && day < from) continue;
    if (to !== null && day > to) break;
    run = open.has(day - 1) && (from === null || day - 1 >= from) ? run + 1 : 1;
    if (run >= need) return true;
  }
  return false;
}

/** A deterministic pseudo-random source: `next(n)` is an integer in [0, n). */
export function seeded(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * n);
  };
}

/**
 * Up to `most` periods from `base` on: sometimes back to back with the previous one, sometimes
 * overlapping it, sometimes apart — the cases where periods merge or stay apart.
 */
export function randomPeriods(next: (n: number) => number, base: number, most: number): [string, string][] {
  let cursor = base + next(60);
  return Array.from({ length: next(most + 1) }, () => {
    const start = next(3) === 0 ? cursor + 1 : cursor - 10 + next(60);
    cursor = start + next(40);
    return [isoDay(start), isoDay(cursor)];
  });
}
