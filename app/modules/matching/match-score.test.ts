import { describe, expect, it } from "vitest";
import { mergeWindows } from "./match-dates";
import { isoDay } from "~/utils/calendar-days";
import { byScoreThenId, matchOffer, rankOffers, SCORE_WEIGHTS } from "./match-score";
import type { MatchOffer } from "./match-types";
import { eligible, exclusionsOf, offer, place, scoreOf, student, TODAY } from "./match-fixtures";

describe("a suitable offer", () => {
  it("is eligible with every reason, in a fixed order", () => {
    const result = eligible(matchOffer(student(), offer(), TODAY));
    expect(result.periodId).toBe("period-1");
    expect(result.reasons).toEqual([
      { kind: "fields", fields: ["mechatronics"] },
      { kind: "overlap", weeks: 8, startsOn: "2027-05-03", endsOn: "2027-06-25" },
      { kind: "level", language: "de", has: "B1", required: "A2" },
      { kind: "distance", km: 25, place: "Braunschweig" },
      { kind: "accommodation", accommodation: "PROVIDED" },
      { kind: "fresh", days: 3 },
    ]);
    expect(result.score).toBeGreaterThan(50);
    expect(result.score).toBeLessThanOrEqual(100);
  });

  it("scores 100 when every factor is at its best", () => {
    const best = offer({ languageLevel: "A1", publishedAt: `${TODAY}T08:00:00.000Z` });
    expect(scoreOf(student({ levelGerman: "B1" }), best)).toBe(100);
  });

  it("lists only the fields both share, in the student's order", () => {
    const result = eligible(
      matchOffer(
        student({ fields: ["it", "mechatronics", "electrical"] }),
        offer({ fields: ["electrical", "mechatronics", "metal"] }),
        TODAY,
      ),
    );
    expect(result.reasons[0]).toEqual({ kind: "fields", fields: ["mechatronics", "electrical"] });
  });

  it("uses the French level for an offer in France", () => {
    const german = student({ country: "DE", levelFrench: "A2", levelGerman: "C2", places: [] });
    const inFrance = offer({ country: "FR", place: place("rouen"), languageLevel: "A2" });
    expect(eligible(matchOffer(german, inFrance, TODAY)).reasons).toContainEqual({
      kind: "level",
      language: "fr",
      has: "A2",
      required: "A2",
    });
  });
});

describe("hard constraints", () => {
  it("exclude an offer in the student's own country", () => {
    const inFrance = offer({ country: "FR", place: place("rouen") });
    expect(exclusionsOf(student(), inFrance)).toContainEqual({ kind: "country" });
  });

  it("exclude an offer without a common occupational field", () => {
    expect(exclusionsOf(student(), offer({ fields: ["hospitality", "food"] }))).toEqual([{ kind: "field" }]);
  });

  it("exclude a level below the requirement in the host country's language", () => {
    expect(exclusionsOf(student({ levelGerman: "A2", levelFrench: "C2" }), offer({ languageLevel: "B1" }))).toEqual([
      { kind: "level", language: "de", has: "A2", required: "B1" },
    ]);
    // An equal level is enough.
    expect(matchOffer(student({ levelGerman: "B1" }), offer({ languageLevel: "B1" }), TODAY).eligible).toBe(true);
  });

  it("count a missing level as below A1", () => {
    expect(exclusionsOf(student({ levelGerman: null }), offer({ languageLevel: "A1" }))).toEqual([
      { kind: "level", language: "de", has: null, required: "A1" },
    ]);
  });

  it("measure the age on the first day of the best overlap, not today", () => {
    // 17 today, 18 on 3 May 2027 when the placement would start.
    const turning18 = student({ birthDate: "2009-05-03" });
    const adultsOnly = offer({ minAge: 18, minorsWelcome: false });
    expect(matchOffer(turning18, adultsOnly, TODAY).eligible).toBe(true);
    // One day short of 18 on that day.
    expect(exclusionsOf(student({ birthDate: "2009-05-04" }), adultsOnly)).toEqual([{ kind: "minors", age: 17 }]);
  });

  it("exclude a student below the minimum age", () => {
    expect(exclusionsOf(student({ birthDate: "2011-06-01" }), offer({ minAge: 16 }))).toEqual([
      { kind: "age", age: 15, minAge: 16 },
    ]);
  });

  it("exclude minors when they are not welcome, naming the age only when the minimum is above 18", () => {
    expect(exclusionsOf(student(), offer({ minorsWelcome: false, minAge: 16 }))).toEqual([{ kind: "minors", age: 17 }]);
    expect(exclusionsOf(student(), offer({ minorsWelcome: false, minAge: 20 }))).toEqual([
      { kind: "age", age: 17, minAge: 20 },
      { kind: "minors", age: 17 },
    ]);
  });

  it("measure the age today when no period overlaps", () => {
    const exclusions = exclusionsOf(
      student({ birthDate: "2009-02-01", availability: [{ startsOn: "2027-09-01", endsOn: "2027-10-31" }] }),
      offer({ minorsWelcome: false }),
    );
    expect(exclusions).toEqual([
      { kind: "minors", age: 17 },
      { kind: "availability", minWeeks: 4, bestWeeks: 0 },
    ]);
  });

  it("exclude an offer whose periods overlap the availability for less than minWeeks", () => {
    const threeWeeks = student({ availability: [{ startsOn: "2027-05-03", endsOn: "2027-05-21" }] });
    expect(exclusionsOf(threeWeeks, offer())).toEqual([{ kind: "availability", minWeeks: 4, bestWeeks: 3 }]);
  });

  it("accept four weeks from a Monday to a Friday, as the offer editor does", () => {
    const mondayToFriday = student({ availability: [{ startsOn: "2027-05-03", endsOn: "2027-05-28" }] });
    expect(matchOffer(mondayToFriday, offer(), TODAY).eligible).toBe(true);
    const oneDayLess = student({ availability: [{ startsOn: "2027-05-03", endsOn: "2027-05-27" }] });
    expect(exclusionsOf(oneDayLess, offer())).toEqual([{ kind: "availability", minWeeks: 4, bestWeeks: 3 }]);
  });

  it("ignore periods that end before today and count running ones from today", () => {
    const lastYear = offer({ periods: [{ id: "old", startsOn: "2026-05-04", endsOn: "2026-06-26" }] });
    const wasFree = student({ availability: [{ startsOn: "2026-05-04", endsOn: "2026-06-26" }] });
    expect(exclusionsOf(wasFree, lastYear)).toEqual([{ kind: "availability", minWeeks: 4, bestWeeks: 0 }]);
    // Six of the eight weeks are still ahead on 17 May: the overlap starts today.
    const result = eligible(matchOffer(student(), offer(), "2027-05-17"));
    expect(result.reasons[1]).toEqual({ kind: "overlap", weeks: 6, startsOn: "2027-05-17", endsOn: "2027-06-25" });
  });

  it("report every failed constraint at once", () => {
    const everythingWrong = offer({
      country: "FR",
      place: place("caen"),
      fields: ["hospitality"],
      languageLevel: "B2",
      minorsWelcome: false,
      periods: [{ id: "p", startsOn: "2027-09-06", endsOn: "2027-10-29" }],
    });
    expect(exclusionsOf(student({ levelFrench: "B1" }), everythingWrong).map((exclusion) => exclusion.kind)).toEqual([
      "country",
      "field",
      "level",
      "minors",
      "availability",
    ]);
  });
});

describe("availability windows", () => {
  it("are merged when they overlap or touch, and sorted", () => {
    const spans = mergeWindows([
      { startsOn: "2027-07-01", endsOn: "2027-07-10" },
      { startsOn: "2027-05-01", endsOn: "2027-05-10" },
      { startsOn: "2027-05-11", endsOn: "2027-05-20" },
      { startsOn: "2027-05-15", endsOn: "2027-05-31" },
      { startsOn: "2027-06-02", endsOn: "2027-06-05" },
    ]).map((span) => [isoDay(span.start), isoDay(span.end)]);
    expect(spans).toEqual([
      ["2027-05-01", "2027-05-31"],
      ["2027-06-02", "2027-06-05"],
      ["2027-07-01", "2027-07-10"],
    ]);
  });

  it("start no earlier than the given day and drop those already over", () => {
    const spans = mergeWindows(
      [
        { startsOn: "2027-01-01", endsOn: "2027-01-05" },
        { startsOn: "2027-01-10", endsOn: "2027-01-20" },
      ],
      "2027-01-13",
    ).map((span) => [isoDay(span.start), isoDay(span.end)]);
    expect(spans).toEqual([["2027-01-13", "2027-01-20"]]);
  });

  it("that touch make a placement possible that neither allows alone", () => {
    const twoHalves = student({
      availability: [
        { startsOn: "2027-05-17", endsOn: "2027-05-30" },
        { startsOn: "2027-05-03", endsOn: "2027-05-16" },
      ],
    });
    expect(eligible(matchOffer(twoHalves, offer(), TODAY)).reasons[1]).toEqual({
      kind: "overlap",
      weeks: 4,
      startsOn: "2027-05-03",
      endsOn: "2027-05-30",
    });
    const withGap = student({
      availability: [
        { startsOn: "2027-05-03", endsOn: "2027-05-16" },
        { startsOn: "2027-05-18", endsOn: "2027-05-30" },
      ],
    });
    expect(exclusionsOf(withGap, offer())).toEqual([{ kind: "availability", minWeeks: 4, bestWeeks: 2 }]);
  });
});

describe("the best period", () => {
  it("is the longest overlap, then the earliest", () => {
    const periods = [
      { id: "june", startsOn: "2027-06-01", endsOn: "2027-06-30" },
      { id: "may", startsOn: "2027-05-01", endsOn: "2027-05-31" },
      { id: "long", startsOn: "2027-09-01", endsOn: "2027-10-31" },
    ];
    const free = [
      { startsOn: "2027-05-01", endsOn: "2027-06-30" },
      { startsOn: "2027-09-01", endsOn: "2027-09-30" },
    ];
    // September gives 30 days, May 31: May wins on length.
    expect(eligible(matchOffer(student({ availability: free }), offer({ periods }), TODAY)).periodId).toBe("may");
    const equal = [
      { id: "b", startsOn: "2027-06-01", endsOn: "2027-06-30" },
      { id: "a", startsOn: "2027-05-02", endsOn: "2027-05-31" },
    ];
    expect(eligible(matchOffer(student({ availability: free }), offer({ periods: equal }), TODAY)).periodId).toBe("a");
  });
});

describe("soft factors", () => {
  it("prefer the longer overlap, up to maxWeeks", () => {
    const fourWeeks = student({ availability: [{ startsOn: "2027-05-03", endsOn: "2027-05-28" }] });
    const sixWeeks = student({ availability: [{ startsOn: "2027-05-03", endsOn: "2027-06-11" }] });
    expect(scoreOf(sixWeeks, offer())).toBeGreaterThan(scoreOf(fourWeeks, offer()));
    // Beyond maxWeeks, more availability earns nothing.
    expect(scoreOf(sixWeeks, offer({ maxWeeks: 4 }))).toBe(scoreOf(fourWeeks, offer({ maxWeeks: 4 })));
  });

  it("prefer the nearer offer, full inside the radius and decaying beyond", () => {
    const wolfsburg = offer({ place: place("wolfsburg") }); // ≈ 25 km, inside the 50 km radius
    const peine = offer({ place: place("peine") }); // ≈ 20 km
    const hannover = offer({ place: place("hannover") }); // ≈ 55 km
    const goettingen = offer({ place: place("goettingen") }); // ≈ 91 km
    expect(scoreOf(student(), wolfsburg)).toBe(scoreOf(student(), peine));
    expect(scoreOf(student(), wolfsburg)).toBeGreaterThan(scoreOf(student(), hannover));
    expect(scoreOf(student(), hannover)).toBeGreaterThan(scoreOf(student(), goettingen));
    expect(eligible(matchOffer(student(), goettingen, TODAY)).reasons).toContainEqual({
      kind: "distance",
      km: 91,
      place: "Braunschweig",
    });
  });

  it("measure the distance from the preferred place the offer suits best", () => {
    const two = student({
      places: [
        { ...place("braunschweig"), radiusKm: 10 },
        { ...place("hannover"), radiusKm: 30 },
      ],
    });
    expect(eligible(matchOffer(two, offer({ place: place("hannover") }), TODAY)).reasons).toContainEqual({
      kind: "distance",
      km: 0,
      place: "Hannover",
    });
  });

  it("leave the distance out when the student named no place", () => {
    const anywhere = student({ places: [] });
    expect(scoreOf(anywhere, offer({ place: place("goettingen") }))).toBe(scoreOf(anywhere, offer()));
    expect(eligible(matchOffer(anywhere, offer(), TODAY)).reasons.map((reason) => reason.kind)).not.toContain(
      "distance",
    );
  });

  it("rank provided accommodation above help, and help above none, when the student needs it", () => {
    const provided = scoreOf(student(), offer({ accommodation: "PROVIDED" }));
    const help = scoreOf(student(), offer({ accommodation: "HELP_FINDING" }));
    const none = scoreOf(student(), offer({ accommodation: "NONE" }));
    expect(provided).toBeGreaterThan(help);
    expect(help).toBeGreaterThan(none);
    expect(eligible(matchOffer(student(), offer({ accommodation: "NONE" }), TODAY)).reasons).toContainEqual({
      kind: "accommodation",
      accommodation: "NONE",
    });
  });

  it("ignore accommodation when the student does not need any", () => {
    const local = student({ accommodationNeeded: false });
    expect(scoreOf(local, offer({ accommodation: "NONE" }))).toBe(scoreOf(local, offer({ accommodation: "PROVIDED" })));
    expect(eligible(matchOffer(local, offer(), TODAY)).reasons.map((reason) => reason.kind)).not.toContain(
      "accommodation",
    );
  });

  it("prefer a comfortable level margin", () => {
    expect(scoreOf(student({ levelGerman: "B2" }), offer())).toBeGreaterThan(
      scoreOf(student({ levelGerman: "B1" }), offer()),
    );
    expect(scoreOf(student({ levelGerman: "B1" }), offer())).toBeGreaterThan(
      scoreOf(student({ levelGerman: "A2" }), offer()),
    );
  });

  it("prefer fresher offers, and call them fresh only for two weeks", () => {
    const newer = offer({ publishedAt: "2027-01-12T12:00:00.000Z" });
    const older = offer({ publishedAt: "2026-11-01T12:00:00.000Z" });
    expect(scoreOf(student(), newer)).toBeGreaterThan(scoreOf(student(), older));
    const kinds = (o: MatchOffer) => eligible(matchOffer(student(), o, TODAY)).reasons.map((reason) => reason.kind);
    expect(kinds(offer({ publishedAt: "2026-12-30T10:00:00.000Z" }))).toContain("fresh");
    expect(kinds(offer({ publishedAt: "2026-12-29T10:00:00.000Z" }))).not.toContain("fresh");
    expect(kinds(offer({ publishedAt: null }))).not.toContain("fresh");
  });

  it("have weights adding up to 100", () => {
    expect(Object.values(SCORE_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });
});

describe("determinism", () => {
  it("gives the same answer for the same input, whatever the order of windows and periods", () => {
    const periods = [
      { id: "p2", startsOn: "2027-06-01", endsOn: "2027-06-30" },
      { id: "p1", startsOn: "2027-05-01", endsOn: "2027-05-31" },
    ];
    const windows = [
      { startsOn: "2027-06-01", endsOn: "2027-06-30" },
      { startsOn: "2027-05-01", endsOn: "2027-05-20" },
    ];
    const a = matchOffer(student({ availability: windows }), offer({ periods }), TODAY);
    const b = matchOffer(
      student({ availability: [...windows].reverse() }),
      offer({ periods: [...periods].reverse() }),
      TODAY,
    );
    expect(a).toEqual(b);
    expect(matchOffer(student(), offer(), TODAY)).toEqual(matchOffer(student(), offer(), TODAY));
  });

  it("orders equal scores by id", () => {
    const ranked = [
      { id: "c", score: 50 },
      { id: "a", score: 50 },
      { id: "b", score: 70 },
    ].sort(byScoreThenId);
    expect(ranked.map((item) => item.id)).toEqual(["b", "a", "c"]);
  });
});

describe("rankOffers", () => {
  it("keeps the best offers exactly as matchOffer scores and explains them", () => {
    // A seeded spread of offers over towns, fields, levels, periods (May–August 2027) and publication days.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const towns = ["wolfsburg", "hannover", "goettingen", "peine", "celle", "hameln"];
    const spread = Array.from({ length: 200 }, (_, i) =>
      offer({
        id: `offer-${String(i).padStart(3, "0")}`,
        fields: [["mechatronics"], ["metal"], ["mechatronics", "electrical"]][next(3)]!,
        languageLevel: (["A1", "A2", "B1", "B2"] as const)[next(4)]!,
        minWeeks: 2 + next(3),
        maxWeeks: 5 + next(4),
        place: place(towns[next(towns.length)]!),
        accommodation: (["NONE", "HELP_FINDING", "PROVIDED"] as const)[next(3)]!,
        periods: [{ id: `p-${i}`, startsOn: isoDay(20_941 + next(60)), endsOn: isoDay(21_001 + next(40)) }],
        publishedAt: `${isoDay(20_800 + next(30))}T12:00:00.000Z`,
      }),
    );
    // Each offer once more under a lower id, after it: equal scores must come lowest id first.
    const offers = [
      ...spread,
      ...spread.map((original) => ({ ...original, id: original.id.replace("offer", "copy") })),
    ];
    const expected = offers
      .map((candidate) => ({ id: candidate.id, result: matchOffer(student(), candidate, TODAY) }))
      .flatMap(({ id, result }) => (result.eligible ? [{ id, score: result.score, result }] : []))
      .sort(byScoreThenId)
      .slice(0, 15);
    expect(expected).toHaveLength(15);
    const ranked = rankOffers(student(), offers, TODAY, 15);
    expect(ranked.map(({ offer: kept, result }) => ({ id: kept.id, result }))).toEqual(
      expected.map(({ id, result }) => ({ id, result })),
    );
  });
});
