import { describe, expect, it } from "vitest";
import { instantOf, isoWithOffset, parseLocal } from "./event-time";
import { buildRrule, checkRrule, expandOccurrences, ruleStarts } from "./recurrence";

const at = (text: string) => {
  const local = parseLocal(text);
  if (!local) throw new Error(text);
  return local;
};

describe("expanding a weekly series across the changes of summer time", () => {
  // Thursdays 19:00–21:00 in Hannover, 18 March to 8 April 2027: summer time starts on Sunday 28 March.
  const spring = {
    startLocal: at("2027-03-18T19:00"),
    endLocal: at("2027-03-18T21:00"),
    timeZone: "Europe/Berlin",
    allDay: false,
    rrule: buildRrule({
      kind: "weekly",
      startLocal: at("2027-03-18T19:00"),
      timeZone: "Europe/Berlin",
      until: at("2027-04-08"),
      count: null,
    }),
  };

  it("keeps 19:00 local on both sides of the last Sunday of March", () => {
    const occurrences = expandOccurrences(spring);
    expect(occurrences.map((o) => isoWithOffset(o.startsAt, "Europe/Berlin"))).toEqual([
      "2027-03-18T19:00:00+01:00",
      "2027-03-25T19:00:00+01:00",
      "2027-04-01T19:00:00+02:00",
      "2027-04-08T19:00:00+02:00",
    ]);
    expect(occurrences.map((o) => o.endsAt.toISOString())).toEqual([
      "2027-03-18T20:00:00.000Z",
      "2027-03-25T20:00:00.000Z",
      "2027-04-01T19:00:00.000Z",
      "2027-04-08T19:00:00.000Z",
    ]);
  });

  it("includes the last day of UNTIL however late the event starts on it", () => {
    const late = { ...spring, startLocal: at("2027-03-18T23:30"), endLocal: at("2027-03-18T23:55") };
    late.rrule = buildRrule({
      kind: "weekly",
      startLocal: late.startLocal,
      timeZone: "Europe/Berlin",
      until: at("2027-04-08"),
      count: null,
    });
    expect(ruleStarts(late).map((d) => d.toISOString().slice(0, 16))).toContain("2027-04-08T23:30");
  });

  it("keeps 10:00 local in Paris across the last Sunday of October, with a moved and a cancelled date", () => {
    const start = at("2027-10-20T10:00");
    const occurrences = expandOccurrences({
      startLocal: start,
      endLocal: at("2027-10-20T11:30"),
      timeZone: "Europe/Paris",
      allDay: false,
      rrule: buildRrule({ kind: "weekly", startLocal: start, timeZone: "Europe/Paris", until: null, count: 4 }),
      exceptions: [
        // The date after the change (3 November) moves to Thursday 14:00 …
        {
          originalStartLocal: at("2027-11-03T10:00"),
          cancelled: false,
          startLocal: at("2027-11-04T14:00"),
          endLocal: at("2027-11-04T15:00"),
        },
        // … and the last one before it (27 October, summer time) is cancelled.
        { originalStartLocal: at("2027-10-27T10:00"), cancelled: true, startLocal: null, endLocal: null },
      ],
    });
    expect(occurrences.map((o) => [isoWithOffset(o.startsAt, "Europe/Paris"), o.cancelled, o.moved])).toEqual([
      ["2027-10-20T10:00:00+02:00", false, false],
      ["2027-10-27T10:00:00+02:00", true, false],
      ["2027-11-04T14:00:00+01:00", false, true],
      ["2027-11-10T10:00:00+01:00", false, false],
    ]);
    const moved = occurrences[2];
    // The moved date keeps the identity the rule gave it.
    expect(moved?.originalStartsAt).toEqual(instantOf(at("2027-11-03T10:00"), "Europe/Paris"));
    expect(moved?.endsAt.toISOString()).toBe("2027-11-04T14:00:00.000Z");
  });

  it("sorts a date moved past the next one into its new place", () => {
    const start = at("2027-05-04T18:00");
    const occurrences = expandOccurrences({
      startLocal: start,
      endLocal: at("2027-05-04T19:00"),
      timeZone: "Europe/Berlin",
      allDay: false,
      rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3",
      exceptions: [
        {
          originalStartLocal: start,
          cancelled: false,
          startLocal: at("2027-05-12T18:00"),
          endLocal: at("2027-05-12T19:00"),
        },
      ],
    });
    expect(occurrences.map((o) => o.startLocal.toISOString().slice(0, 10))).toEqual([
      "2027-05-11",
      "2027-05-12",
      "2027-05-18",
    ]);
  });
});

describe("building and checking rules", () => {
  it("names the start's weekday and its place in the month", () => {
    const secondTuesday = at("2027-02-09T18:30");
    expect(
      buildRrule({
        kind: "monthlyByWeekday",
        startLocal: secondTuesday,
        timeZone: "Europe/Berlin",
        until: null,
        count: 6,
      }),
    ).toBe("FREQ=MONTHLY;BYDAY=2TU;COUNT=6");
    const lastFriday = at("2027-01-29T18:30"); // the fifth Friday of January
    expect(
      buildRrule({
        kind: "monthlyByWeekday",
        startLocal: lastFriday,
        timeZone: "Europe/Berlin",
        until: null,
        count: 3,
      }),
    ).toBe("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
    expect(
      ruleStarts({ startLocal: lastFriday, timeZone: "Europe/Berlin", rrule: "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3" }).map(
        (d) => d.toISOString().slice(0, 10),
      ),
    ).toEqual(["2027-01-29", "2027-02-26", "2027-03-26"]);
    expect(
      buildRrule({ kind: "none", startLocal: lastFriday, timeZone: "Europe/Berlin", until: null, count: 3 }),
    ).toBeNull();
  });

  it("refuses daily rules, endless ones, and series beyond the limits", () => {
    const start = at("2027-01-05T18:00");
    expect(checkRrule("FREQ=WEEKLY;COUNT=10", start)).toBeNull();
    expect(checkRrule("FREQ=DAILY;COUNT=10", start)).toBe("frequency");
    expect(checkRrule("FREQ=WEEKLY", start)).toBe("endless");
    expect(checkRrule("FREQ=WEEKLY;COUNT=500", start)).toBe("tooMany");
    expect(checkRrule("FREQ=MONTHLY;UNTIL=20300101T000000Z", start)).toBe("tooLong");
    expect(checkRrule("nonsense", start)).toBe("invalid");
  });

  it("a single event has one occurrence; an all-day one ends at the next midnight", () => {
    const [day] = expandOccurrences({
      startLocal: at("2027-01-22"),
      endLocal: at("2027-01-22"),
      timeZone: "Europe/Paris",
      allDay: true,
      rrule: null,
    });
    expect(day?.startsAt.toISOString()).toBe("2027-01-21T23:00:00.000Z");
    expect(day?.endsAt.toISOString()).toBe("2027-01-22T23:00:00.000Z");
  });
});
