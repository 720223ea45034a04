import { describe, expect, it } from "vitest";
import { offeredPresets, withPresets } from "./holiday-presets";

const holidays = [
  { id: "1", country: "FR" as const, startsOn: "2026-10-17", endsOn: "2026-11-01" },
  { id: "2", country: "FR" as const, startsOn: "2027-07-03", endsOn: "2027-08-31" },
  { id: "3", country: "FR" as const, startsOn: "2026-12-19", endsOn: "2027-01-03" },
  { id: "4", country: "DE" as const, startsOn: "2026-12-23", endsOn: "2027-01-09" },
  { id: "5", country: "FR" as const, startsOn: "2027-12-18", endsOn: "2028-01-02" },
  { id: "6", country: "FR" as const, startsOn: "2026-11-20", endsOn: "2026-11-29" },
];

describe("offeredPresets", () => {
  it("offers the holidays of the student's side that are not over and end within a year, earliest first", () => {
    expect(offeredPresets(holidays, "FR", "2026-11-29").map((holiday) => holiday.id)).toEqual(["6", "3", "2"]);
    expect(offeredPresets(holidays, "DE", "2026-11-29").map((holiday) => holiday.id)).toEqual(["4"]);
  });
});

describe("withPresets", () => {
  it("adds the ticked presets to the typed windows, each window once, in calendar order", () => {
    const rows = [
      { startsOn: "2027-05-03", endsOn: "2027-06-25" },
      { startsOn: "2027-07-03", endsOn: "2027-08-31" },
    ];
    expect(withPresets(rows, ["2", "3", "unknown"], holidays)).toEqual([
      { startsOn: "2026-12-19", endsOn: "2027-01-03" },
      { startsOn: "2027-05-03", endsOn: "2027-06-25" },
      { startsOn: "2027-07-03", endsOn: "2027-08-31" },
    ]);
  });
});
