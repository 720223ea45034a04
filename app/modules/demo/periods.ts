import type { DemoRandom } from "./demo-random";
import { addDays, daysBetween } from "./demo-text";
import type { DemoPeriod } from "./demo-types";

/**
 * Hosting windows of the demo offers, all after the reference date (26 Nov 2026). Spring is the
 * best cross-border window (DOMAIN.md: mid-May to early July, when French terminale pupils have
 * their optional placement and German schools are in session), so it gets most periods; autumn
 * and winter add later chances. Every period starts on a Monday and ends on a Friday.
 */
export type SeasonKey = "winter27" | "spring27" | "autumn27" | "winter28";

const SEASONS: Record<SeasonKey, readonly (readonly [string, number])[]> = {
  winter27: [
    ["2027-01-18", 1],
    ["2027-02-01", 2],
    ["2027-03-01", 2],
    ["2027-03-08", 1],
  ],
  spring27: [
    ["2027-05-03", 1],
    ["2027-05-10", 2],
    ["2027-05-17", 5],
    ["2027-05-24", 3],
    ["2027-05-31", 2],
    ["2027-06-07", 1],
  ],
  // Early September, and after the French autumn holidays (Toussaint).
  autumn27: [
    ["2027-09-06", 2],
    ["2027-09-13", 2],
    ["2027-09-20", 1],
    ["2027-09-27", 1],
    ["2027-11-08", 1],
    ["2027-11-15", 1],
  ],
  winter28: [
    ["2028-01-10", 1],
    ["2028-01-17", 1],
    ["2028-02-07", 1],
  ],
};

const ORDER: readonly SeasonKey[] = ["winter27", "spring27", "autumn27", "winter28"];

export const SEASON_LABELS = {
  spring27: { de: "Frühjahr 2027", fr: "printemps 2027" },
  autumn27: { de: "Herbst 2027", fr: "automne 2027" },
} as const;

/** One period per season (chronological, at least a week apart), each between min and max weeks long. */
export function periodsFor(
  random: DemoRandom,
  seasons: readonly SeasonKey[],
  minWeeks: number,
  maxWeeks: number,
): DemoPeriod[] {
  const periods: DemoPeriod[] = [];
  for (const season of [...new Set(seasons)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))) {
    const previous = periods.at(-1);
    const starts = SEASONS[season].filter(([day]) => !previous || daysBetween(previous.endsOn, day) >= 7);
    if (starts.length === 0) continue;
    const startsOn = random.weighted(starts);
    // Most placements take a block of up to 8 weeks; some use the whole length the company allows.
    const weeks = random.chance(0.15) ? maxWeeks : random.int(minWeeks, Math.max(minWeeks, Math.min(maxWeeks, 8)));
    periods.push({
      startsOn,
      endsOn: addDays(startsOn, weeks * 7 - 3),
      places: random.weighted([
        [1, 45],
        [2, 35],
        [3, 12],
        [4, 8],
      ] as const),
    });
  }
  return periods;
}
