import { describe, expect, it } from "vitest";
import { parseLocal } from "./event-time";
import { buildRrule, checkRrule, expandOccurrences, MAX_OCCURRENCES, ruleStarts } from "./recurrence";

/**
 * The edges of series that the mutation run (`npm run test:mutation`) found unguarded: monthly
 * rules by date, intervals, the exact limits, the last day of UNTIL, and a date moved without a
 * new end.
 */

const at = (text: string) => {
  const local = parseLocal(text);
  if (!local) throw new Error(text);
  return local;
};
const days = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));
const BERLIN = "Europe/Berlin";

describe("rules the event form builds", () => {
  it("repeat monthly on the start's date", () => {
    const rule = buildRrule({
      kind: "monthlyByDay",
      startLocal: at("2027-01-15T19:00"),
      timeZone: BERLIN,
      until: null,
      count: 3,
    });
    expect(rule).toBe("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3");
  });

  it("take the fourth weekday as the fourth, and only a fifth as the last", () => {
    const fourthThursday = at("2027-01-28T19:00");
    const build = (startLocal: Date) =>
      buildRrule({ kind: "monthlyByWeekday", startLocal, timeZone: BERLIN, until: null, count: 2 });
    expect(build(fourthThursday)).toBe("FREQ=MONTHLY;BYDAY=4TH;COUNT=2");
    expect(build(at("2027-01-29T19:00"))).toBe("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2");
  });

  it("write an interval only when it skips weeks", () => {
    const base = {
      kind: "weekly" as const,
      startLocal: at("2027-01-07T19:00"),
      timeZone: BERLIN,
      until: null,
      count: 4,
    };
    expect(buildRrule({ ...base, interval: 1 })).toBe("FREQ=WEEKLY;BYDAY=TH;COUNT=4");
    expect(buildRrule({ ...base, interval: 2 })).toBe("FREQ=WEEKLY;BYDAY=TH;INTERVAL=2;COUNT=4");
  });

  it("end with the last second of the UNTIL day in the event's zone, and need an end", () => {
    const base = { kind: "weekly" as const, startLocal: at("2027-01-07T19:00"), timeZone: BERLIN, count: null };
    // 31 January 23:59:59 in Berlin (winter time) is 22:59:59 UTC.
    expect(buildRrule({ ...base, until: at("2027-01-31") })).toBe("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270131T225959Z");
    expect(buildRrule({ ...base, until: null })).toBe("FREQ=WEEKLY;BYDAY=TH");
    expect(checkRrule("FREQ=WEEKLY;BYDAY=TH", base.startLocal)).toBe("endless");
  });
});

describe("the limits of a series", () => {
  const start = at("2027-01-05T18:00");

  it("accept exactly the largest number of dates, and refuse one more", () => {
    expect(checkRrule(`FREQ=WEEKLY;COUNT=${MAX_OCCURRENCES}`, start)).toBeNull();
    expect(checkRrule(`FREQ=WEEKLY;COUNT=${MAX_OCCURRENCES + 1}`, start)).toBe("tooMany");
  });

  it("accept an end within two years, and refuse one beyond", () => {
    expect(checkRrule("FREQ=MONTHLY;UNTIL=20281231T000000Z", start)).toBeNull();
    expect(checkRrule("FREQ=MONTHLY;UNTIL=20290106T000000Z", start)).toBe("tooLong");
  });

  it("read rules stored with their RRULE: prefix", () => {
    expect(checkRrule("RRULE:FREQ=WEEKLY;COUNT=3", start)).toBeNull();
    expect(days(ruleStarts({ startLocal: start, timeZone: BERLIN, rrule: "RRULE:FREQ=WEEKLY;COUNT=2" }))).toEqual([
      "2027-01-05",
      "2027-01-12",
    ]);
  });

  it("never expand to more dates than the limit, whatever a stored rule says", () => {
    const starts = ruleStarts({ startLocal: start, timeZone: BERLIN, rrule: "FREQ=WEEKLY;COUNT=1000" });
    expect(starts).toHaveLength(MAX_OCCURRENCES);
  });
});

describe("a date moved to a new start only", () => {
  it("keeps the series' duration", () => {
    const [moved] = expandOccurrences({
      startLocal: at("2027-01-07T19:00"),
      endLocal: at("2027-01-07T21:00"),
      timeZone: BERLIN,
      allDay: false,
      rrule: "FREQ=WEEKLY;COUNT=1",
      exceptions: [
        {
          originalStartLocal: at("2027-01-07T19:00"),
          cancelled: false,
          startLocal: at("2027-01-08T18:00"),
          endLocal: null,
        },
      ],
    });
    expect(moved?.moved).toBe(true);
    expect(moved?.startLocal.toISOString()).toBe("2027-01-08T18:00:00.000Z");
    expect(moved?.endLocal.toISOString()).toBe("2027-01-08T20:00:00.000Z");
  });

  it("is not moved when the exception only cancels it", () => {
    const [cancelled] = expandOccurrences({
      startLocal: at("2027-01-07T19:00"),
      endLocal: at("2027-01-07T21:00"),
      timeZone: BERLIN,
      allDay: false,
      rrule: "FREQ=WEEKLY;COUNT=1",
      exceptions: [
        {
          originalStartLocal: at("2027-01-07T19:00"),
          cancelled: true,
          startLocal: at("2027-01-08T18:00"),
          endLocal: null,
        },
      ],
    });
    expect(cancelled).toMatchObject({ cancelled: true, moved: false });
    expect(cancelled?.startLocal.toISOString()).toBe("2027-01-07T19:00:00.000Z");
  });
});
