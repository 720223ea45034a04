import { describe, expect, it } from "vitest";
import {
  currentSchoolYear,
  monthsOf,
  parseFigureYear,
  periodOf,
  previousYear,
  yearLabel,
  yearParam,
} from "./figure-year";

describe("the year of the figures", () => {
  it("reads school years and calendar years from the URL", () => {
    expect(parseFigureYear("2025-26", "2026-12-06")).toEqual({ kind: "school", start: 2025 });
    expect(parseFigureYear("2025", "2026-12-06")).toEqual({ kind: "calendar", start: 2025 });
  });

  it("refuses what is not a year it can show", () => {
    for (const value of ["2025-27", "2025/26", "1999", "2031", "abc", "", null]) {
      expect(parseFigureYear(value, "2026-12-06")).toBeNull();
    }
  });

  it("runs a school year from August to July and starts a new one on 1 August", () => {
    expect(periodOf({ kind: "school", start: 2025 })).toEqual({ from: "2025-08-01", to: "2026-08-01" });
    expect(currentSchoolYear("2026-07-31")).toEqual({ kind: "school", start: 2025 });
    expect(currentSchoolYear("2026-08-01")).toEqual({ kind: "school", start: 2026 });
    expect(monthsOf(periodOf({ kind: "school", start: 2025 }))[11]).toBe("2026-07-01");
  });

  it("names the year before as people write it", () => {
    const year = previousYear({ kind: "school", start: 2000 });
    expect([yearParam(year), yearLabel(year)]).toEqual(["1999-00", "1999/00"]);
    expect(yearLabel(previousYear({ kind: "calendar", start: 2026 }))).toBe("2025");
  });
});
