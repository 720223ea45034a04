import { describe, expect, it } from "vitest";
import { generateDemoData } from "./demo-data";
import { demoEditionYears } from "./demo-events";
import { DEMO_BASE_DATE, demoReferenceDate, demoShiftDays, shiftDemoDates } from "./demo-shift";

const weekday = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).getUTCDay();

describe("the demo data moved to the clock's today", () => {
  it("puts its today within the week before the real today, on the same weekday as written", () => {
    for (const today of ["2026-11-26", "2026-12-06", "2028-06-06", "2031-02-28"]) {
      const reference = demoReferenceDate(new Date(`${today}T15:00:00Z`));
      const gap = (Date.parse(today) - Date.parse(reference)) / 86_400_000;
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(7);
      expect(weekday(reference)).toBe(weekday(DEMO_BASE_DATE));
    }
    expect(demoShiftDays(new Date("2026-11-26T23:59:00Z"))).toBe(0);
  });

  it("moves days, instants and Date objects alike, and years named in prose", () => {
    const moved = shiftDemoDates(
      {
        startsOn: "2027-05-03",
        publishedAt: "2026-11-20T08:00:00Z",
        start: "2027-01-22T10:00",
        at: new Date("2026-11-26T00:00:00Z"),
        title: "Praktikum im Frühjahr 2027",
        email: "lea@demo.antenne.example",
        list: [{ endsOn: "2027-05-28" }],
      },
      364,
    );
    expect(moved).toEqual({
      startsOn: "2028-05-01",
      publishedAt: "2027-11-19T08:00:00Z",
      start: "2028-01-21T10:00",
      at: new Date("2027-11-25T00:00:00Z"),
      title: "Praktikum im Frühjahr 2028",
      email: "lea@demo.antenne.example",
      list: [{ endsOn: "2028-05-26" }],
    });
  });

  it("a year and a half ahead, still has offers to apply to, minors and adults, and ages as written", () => {
    const written = generateDemoData(undefined, new Date(`${DEMO_BASE_DATE}T12:00:00Z`));
    const ahead = generateDemoData(undefined, new Date("2028-06-06T12:00:00Z"));
    expect(ahead.referenceDate).toBe(demoReferenceDate(new Date("2028-06-06T12:00:00Z")));
    const published = ahead.offers.filter((offer) => offer.status === "PUBLISHED");
    expect(published.length).toBeGreaterThan(100);
    for (const offer of published) {
      expect(offer.periods.every((period) => period.startsOn > ahead.referenceDate)).toBe(true);
    }
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    for (const [index, student] of ahead.students.entries()) {
      const before = written.students[index]!;
      expect(days(student.birthDate, ahead.referenceDate)).toBe(days(before.birthDate, written.referenceDate));
      expect(weekday(student.availability[0]!.startsOn)).toBe(weekday(before.availability[0]!.startsOn));
    }
  });

  it("names the 22 January before its today and the next one", () => {
    expect(demoEditionYears("2026-11-26")).toEqual({ past: 2026, next: 2027 });
    expect(demoEditionYears("2028-01-22")).toEqual({ past: 2027, next: 2028 });
    expect(demoEditionYears("2028-06-01")).toEqual({ past: 2028, next: 2029 });
  });
});
