import { describe, expect, it } from "vitest";
import { minorWorkingTimeViolations, type WorkingTime } from "./minor-working-time";

const weekdays = [1, 2, 3, 4, 5];
const legal: WorkingTime = { hoursPerDay: 7, hoursPerWeek: 35, workDays: weekdays, minAge: 15 };
const rules = (time: Partial<WorkingTime>) =>
  minorWorkingTimeViolations({ ...legal, ...time }).map((violation) => `${violation.field}:${violation.rule}`);

describe("working time of minors (the stricter of JArbSchG and Code du travail)", () => {
  it("accepts 7 hours a day, 35 a week, Monday to Friday, from 15", () => {
    expect(rules({})).toEqual([]);
  });

  it("refuses more than 8 hours a day at any age", () => {
    expect(rules({ hoursPerDay: 9, minAge: 17 })).toEqual(["hoursPerDay:dailyHours"]);
    expect(rules({ hoursPerDay: 8, minAge: 16 })).toEqual([]);
    expect(rules({ hoursPerDay: 8.5, minAge: 16 })).toEqual(["hoursPerDay:dailyHours"]);
  });

  it("allows 14- and 15-year-olds 7 hours a day, not 8", () => {
    expect(rules({ hoursPerDay: 8, minAge: 15 })).toEqual(["hoursPerDay:dailyHoursUnder16"]);
    expect(rules({ hoursPerDay: 8, minAge: 14 })).toEqual(["hoursPerDay:dailyHoursUnder16"]);
  });

  it("takes France's 35 hours a week over Germany's 40", () => {
    expect(rules({ hoursPerWeek: 36 })).toEqual(["hoursPerWeek:weeklyHours"]);
    expect(rules({ hoursPerWeek: 35 })).toEqual([]);
  });

  it("refuses Saturdays and Sundays, which also keeps the week to five days", () => {
    expect(rules({ workDays: [1, 2, 3, 4, 5, 6] })).toEqual(["workDays:weekend"]);
    expect(rules({ workDays: [2, 3, 4, 5, 7] })).toEqual(["workDays:weekend"]);
    expect(rules({ workDays: [1, 2, 3, 4] })).toEqual([]);
  });

  it("reports every rule broken at once", () => {
    expect(rules({ hoursPerDay: 9, hoursPerWeek: 45, workDays: [1, 2, 3, 4, 5, 6] })).toEqual([
      "hoursPerDay:dailyHours",
      "hoursPerWeek:weeklyHours",
      "workDays:weekend",
    ]);
  });
});
