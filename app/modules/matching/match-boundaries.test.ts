import { describe, expect, it } from "vitest";
import { haversineKm } from "~/modules/reference/geo";
import { isoDay } from "~/utils/calendar-days";
import { bestOverlap, mergeWindows, weeksInDays } from "./match-dates";
import { eligible, offer, place, scoreOf, student, TODAY } from "./match-fixtures";
import { byScoreThenId, matchOffer, rankOffers, SCORE_WEIGHTS } from "./match-score";

/**
 * The edges of matching that the mutation run (`npm run test:mutation`) found unguarded: one-day
 * windows and overlaps, ties, the distance decay measured from the edge of the radius, offers
 * never published. Each case is one a student or company could meet.
 */

const spansAsDays = (spans: { start: number; end: number }[]) =>
  spans.map((span) => `${isoDay(span.start)}..${isoDay(span.end)}`);

describe("weeks of placement in a number of days", () => {
  it("is never negative, even for an empty or reversed range", () => {
    expect(weeksInDays(-3)).toBe(0);
    expect(weeksInDays(0)).toBe(0);
    expect(weeksInDays(4)).toBe(0);
    expect(weeksInDays(5)).toBe(1);
    expect(weeksInDays(12)).toBe(2);
  });
});

describe("availability windows at their edges", () => {
  it("keep a window of a single day", () => {
    const spans = mergeWindows([{ startsOn: "2027-05-03", endsOn: "2027-05-03" }]);
    expect(spansAsDays(spans)).toEqual(["2027-05-03..2027-05-03"]);
  });

  it("keep a window that ends on the first day counted", () => {
    const spans = mergeWindows([{ startsOn: "2027-04-20", endsOn: "2027-05-03" }], "2027-05-03");
    expect(spansAsDays(spans)).toEqual(["2027-05-03..2027-05-03"]);
  });

  it("merge windows ending on the same day, whatever order they were entered in", () => {
    const spans = mergeWindows([
      { startsOn: "2027-06-10", endsOn: "2027-06-20" },
      { startsOn: "2027-05-01", endsOn: "2027-06-20" },
    ]);
    expect(spansAsDays(spans)).toEqual(["2027-05-01..2027-06-20"]);
  });
});

describe("the best overlap at its edges", () => {
  const windows = mergeWindows([{ startsOn: "2027-05-03", endsOn: "2027-06-25" }]);
  const today = 0;

  it("counts an overlap of a single day", () => {
    const best = bestOverlap([{ id: "p", startsOn: "2027-06-25", endsOn: "2027-07-10" }], windows, today);
    expect(best && spansAsDays([best])).toEqual(["2027-06-25..2027-06-25"]);
  });

  it("keeps the earlier of two equally long overlaps, whichever period is listed first", () => {
    const early = { id: "z-early", startsOn: "2027-05-03", endsOn: "2027-05-28" };
    const late = { id: "a-late", startsOn: "2027-05-31", endsOn: "2027-06-25" };
    expect(bestOverlap([early, late], windows, today)?.periodId).toBe("z-early");
    expect(bestOverlap([late, early], windows, today)?.periodId).toBe("z-early");
  });

  it("keeps the lower period id when two periods give the very same days", () => {
    const a = { id: "a", startsOn: "2027-05-03", endsOn: "2027-05-28" };
    const b = { id: "b", startsOn: "2027-05-03", endsOn: "2027-05-28" };
    expect(bestOverlap([a, b], windows, today)?.periodId).toBe("a");
    expect(bestOverlap([b, a], windows, today)?.periodId).toBe("a");
  });
});

describe("distance", () => {
  const wolfsburg = place("wolfsburg");
  const braunschweig = place("braunschweig");
  const kmApart = haversineKm(wolfsburg, braunschweig);
  /** Everything counts except accommodation (not needed), so the total weight is 85. */
  const weightWithoutAccommodation = 100 - SCORE_WEIGHTS.accommodation;

  it("halves 50 km beyond the edge of the radius, not beyond the place itself", () => {
    const inside = student({ accommodationNeeded: false, places: [{ ...braunschweig, radiusKm: kmApart + 1 }] });
    const halfway = student({ accommodationNeeded: false, places: [{ ...braunschweig, radiusKm: kmApart - 50 }] });
    const lost = scoreOf(inside, offer()) - scoreOf(halfway, offer());
    expect(lost).toBeCloseTo((100 * SCORE_WEIGHTS.distance * 0.5) / weightWithoutAccommodation, 0);
  });

  it("names the nearer of two preferred places when the offer lies inside both radii", () => {
    const near = { ...braunschweig, name: "near", radiusKm: 400 };
    const far = { ...place("caen"), name: "far", radiusKm: 900 };
    for (const places of [
      [near, far],
      [far, near],
    ]) {
      const reasons = eligible(matchOffer(student({ places }), offer(), TODAY)).reasons;
      expect(reasons.find((reason) => reason.kind === "distance")).toMatchObject({ place: "near" });
    }
  });

  it("names the place the offer suits best, even when another is listed later", () => {
    const suits = { ...braunschweig, name: "suits", radiusKm: 50 };
    const tooSmall = { ...braunschweig, name: "too small", radiusKm: 1 };
    const reasons = eligible(matchOffer(student({ places: [suits, tooSmall] }), offer(), TODAY)).reasons;
    expect(reasons.find((reason) => reason.kind === "distance")).toMatchObject({ place: "suits" });
  });
});

describe("an offer without a publication date", () => {
  it("gets nothing for freshness, as if it were very old", () => {
    const unpublished = scoreOf(student(), offer({ publishedAt: null }));
    const publishedToday = scoreOf(student(), offer({ publishedAt: `${TODAY}T08:00:00.000Z` }));
    expect(publishedToday - unpublished).toBeCloseTo(SCORE_WEIGHTS.freshness, 0);
  });
});

describe("equal scores", () => {
  it("come in the order of their ids, and an offer ties with itself", () => {
    expect(byScoreThenId({ score: 50, id: "b" }, { score: 50, id: "a" })).toBeGreaterThan(0);
    expect(byScoreThenId({ score: 50, id: "a" }, { score: 50, id: "b" })).toBeLessThan(0);
    expect(byScoreThenId({ score: 50, id: "a" }, { score: 50, id: "a" })).toBe(0);
    expect(byScoreThenId({ score: 60, id: "b" }, { score: 50, id: "a" })).toBeLessThan(0);
  });
});

describe("ranking offers of equal score", () => {
  it("keeps them in the order of their ids, whatever order the database returned", () => {
    const offers = ["c", "a", "d", "b"].map((id) => offer({ id }));
    const ranked = rankOffers(student(), offers, TODAY, 3).map(({ offer }) => offer.id);
    expect(ranked).toEqual(["a", "b", "c"]);
  });
});
