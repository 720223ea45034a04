import { describe, expect, it } from "vitest";
import { PROGRAMME_SEEDS } from "./programme-catalogue";
import { durationDays } from "./programme-content";
import { filtersOf, matchesFilters } from "./programme-filters";

/**
 * Edges of the directory's filters that the mutation run (`npm run test:mutation`) found
 * unguarded: the weeks field as people type it, and the longest stay a programme allows.
 */

const seed = (key: string) => {
  const found = PROGRAMME_SEEDS.find((candidate) => candidate.key === key);
  if (!found) throw new Error(key);
  return found.content;
};
const weeksOf = (value: string) => filtersOf(new URLSearchParams({ weeks: value })).weeks;

describe("the weeks field", () => {
  it("takes a number with spaces around it", () => {
    expect(weeksOf(" 4 ")).toBe(4);
  });

  it("ignores zero, words, decimals and absurd lengths", () => {
    for (const typed of ["0", "four", "4.5", "3w", "w3", "1000", ""]) expect(weeksOf(typed)).toBeNull();
  });
});

describe("a programme's longest stay", () => {
  const content = seed("ofaj-vocational-group-exchange");
  const longestWeeks = content.durationMax ? Math.floor(durationDays(content.durationMax) / 7) : null;

  it("is known for the group exchange, so these cases mean something", () => {
    expect(longestWeeks).toBeGreaterThan(0);
  });

  it("keeps a stay of exactly that length and drops a longer one", () => {
    const filters = (weeks: number) => ({ who: null, direction: null, format: null, weeks });
    expect(matchesFilters(content, filters(longestWeeks!))).toBe(true);
    expect(matchesFilters(content, filters(longestWeeks! + 1))).toBe(false);
  });

  it("shows every programme open to the chosen group of people, and none that is not", () => {
    const apprentices = PROGRAMME_SEEDS.filter((s) =>
      matchesFilters(s.content, filtersOf(new URLSearchParams("who=apprentice"))),
    );
    expect(apprentices.length).toBeGreaterThan(0);
    expect(apprentices.length).toBeLessThan(PROGRAMME_SEEDS.length);
    for (const s of apprentices) expect(s.content.audiences).toContain("apprentice");
  });
});
