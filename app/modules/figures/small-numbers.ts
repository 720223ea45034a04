/**
 * The small-number rule of the office's figures: a count of fewer than 5 people (but not 0) is
 * never shown, only "< 5", so nobody can be picked out of a table or a chart. Pure.
 *
 * Hiding one cell is not enough when the others and their total are shown: total minus the
 * rest gives it back. So in a breakdown whose parts add up to a total shown elsewhere, a single
 * hidden cell takes the smallest other non-zero cell with it (complementary suppression).
 */
export const THRESHOLD = 5;

/** A number as it may be shown: its value, or hidden ("< 5"). */
export type Shown = { hidden: false; value: number } | { hidden: true };

export function isSmall(count: number): boolean {
  return count > 0 && count < THRESHOLD;
}

/** One count of people, on its own. */
export function protectCount(count: number): Shown {
  return isSmall(count) ? { hidden: true } : { hidden: false, value: count };
}

/**
 * A column of a breakdown of people whose parts add up to a known total (placements by school
 * type, by month …). Zeros stay visible: they identify nobody.
 */
export function protectBreakdown(counts: readonly number[]): Shown[] {
  const shown = counts.map(protectCount);
  const hiddenCount = shown.filter((cell) => cell.hidden).length;
  if (hiddenCount === 1) {
    let smallest = -1;
    counts.forEach((count, index) => {
      const cell = shown[index];
      if (cell && !cell.hidden && count > 0 && (smallest < 0 || count < (counts[smallest] ?? Infinity)))
        smallest = index;
    });
    if (smallest >= 0) shown[smallest] = { hidden: true };
  }
  return shown;
}

/**
 * A figure derived from a group of people (a median, a share): shown only when the group has at
 * least 5 people, since a median of 2 is one person's value.
 */
export function protectDerived(value: number | null, groupSize: number): Shown | null {
  if (value === null || groupSize === 0) return null;
  return groupSize < THRESHOLD ? { hidden: true } : { hidden: false, value };
}

/** A count of things that are not people (offers, companies, events): always shown. */
export function plain(count: number): Shown {
  return { hidden: false, value: count };
}

/** The text of a hidden cell, the same in every language, table, chart label and CSV file. */
export const HIDDEN_TEXT = "< 5";
