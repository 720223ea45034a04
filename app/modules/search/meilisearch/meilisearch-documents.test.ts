import { describe, expect, it } from "vitest";
import {
  documentCount,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  parseHighlighted,
  toMeiliDocuments,
  toSearchHit,
  type MeiliHit,
} from "./meilisearch-documents";
import { dayNumber } from "~/utils/calendar-days";
import type { SearchDocument } from "~/modules/search/search-index";

const KOCH: SearchDocument = {
  id: "6f1c1a7e-0000-4000-8000-000000000001",
  number: 1042,
  titleDe: "Praktikum Koch",
  titleFr: "Stage cuisinier",
  descriptionDe: "In unserer Küche …",
  descriptionFr: null,
  companyName: "Hôtel du Rhin",
  fieldKeys: ["hospitality"],
  fieldNames: ["Gastronomie", "Hôtellerie-restauration"],
  placeKey: "strasbourg",
  placeNameDe: "Straßburg",
  placeNameFr: "Strasbourg",
  country: "FR",
  latitude: 48.5734,
  longitude: 7.7521,
  languageLevel: "B1",
  minWeeks: 3,
  maxWeeks: 6,
  accommodation: "PROVIDED",
  minorsWelcome: true,
  minAge: 16,
  periods: [
    { startsOn: "2026-09-01", endsOn: "2026-10-31", places: 2 },
    { startsOn: "2026-05-04", endsOn: "2026-05-15", places: 1 },
  ],
  publishedAt: "2026-03-02T09:30:00.000Z",
};

const m = (text: string) => `${HIGHLIGHT_PRE}${text}${HIGHLIGHT_POST}`;

describe("dayNumber", () => {
  it("counts days since 1970 in UTC, from a day or an instant", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2026-03-01") - dayNumber("2026-02-28")).toBe(1);
    expect(dayNumber("2026-03-02T23:30:00.000Z")).toBe(dayNumber("2026-03-02"));
    expect(() => dayNumber("next week")).toThrow();
  });
});

describe("toMeiliDocuments", () => {
  it("stores one document per period, each carrying the whole offer", () => {
    const documents = toMeiliDocuments(KOCH);
    expect(documents.map((document) => document.id)).toEqual([`${KOCH.id}_0`, `${KOCH.id}_1`]);
    expect(documentCount(KOCH)).toBe(2);
    expect(documentCount({ ...KOCH, periods: [] })).toBe(1);
    for (const document of documents) {
      expect(document).toMatchObject({
        offerId: KOCH.id,
        titleFr: "Stage cuisinier",
        _geo: { lat: 48.5734, lng: 7.7521 },
        levelRank: 2,
        publishedAtMs: Date.parse("2026-03-02T09:30:00.000Z"),
        firstStartDay: dayNumber("2026-05-04"),
        periods: KOCH.periods,
      });
    }
  });

  it("describes its own period: length and the bounds that leave the offer's minimum inside it", () => {
    const [may, autumn] = toMeiliDocuments(KOCH);
    expect(autumn).toMatchObject({
      periodStartDay: dayNumber("2026-09-01"),
      periodEndDay: dayNumber("2026-10-31"),
      periodDays: 61,
      // Three weeks less the weekend grace are 19 days: a stay must start by Oct 13 and may
      // end from Sep 19.
      periodLatestFromDay: dayNumber("2026-10-13"),
      periodEarliestToDay: dayNumber("2026-09-19"),
      periodFitsMinimum: true,
    });
    // Twelve days cannot hold a three-week placement.
    expect(may).toMatchObject({ periodStartDay: dayNumber("2026-05-04"), periodDays: 12, periodFitsMinimum: false });
  });

  it("merges periods that overlap or follow each other into one range", () => {
    const documents = toMeiliDocuments({
      ...KOCH,
      periods: [
        { startsOn: "2026-06-15", endsOn: "2026-06-30", places: 1 },
        { startsOn: "2026-06-01", endsOn: "2026-06-14", places: 1 },
        { startsOn: "2026-06-20", endsOn: "2026-07-03", places: 1 },
        { startsOn: "2026-09-01", endsOn: "2026-09-30", places: 1 },
      ],
    });
    expect(documents.map((document) => [document.periodStartDay, document.periodEndDay])).toEqual([
      [dayNumber("2026-06-01"), dayNumber("2026-07-03")],
      [dayNumber("2026-09-01"), dayNumber("2026-09-30")],
    ]);
    // Display keeps the periods as the company entered them.
    expect(documents[0]?.periods).toHaveLength(4);
  });

  it("keeps an offer without periods as one document that no date filter matches", () => {
    const [only, ...rest] = toMeiliDocuments({ ...KOCH, periods: [] });
    expect(rest).toEqual([]);
    expect(only?.id).toBe(`${KOCH.id}_0`);
    expect(only).not.toHaveProperty("periodStartDay");
    expect(only).not.toHaveProperty("firstStartDay");
  });
});

describe("parseHighlighted", () => {
  it("splits marked text into plain and matched segments", () => {
    expect(parseHighlighted(`Praktikum ${m("Koch")} in ${m("Straß")}burg`)).toEqual([
      { text: "Praktikum ", match: false },
      { text: "Koch", match: true },
      { text: " in ", match: false },
      { text: "Straß", match: true },
      { text: "burg", match: false },
    ]);
  });

  it("merges adjacent matches and drops empty pieces", () => {
    expect(parseHighlighted(`${m("Koch")}${m("in")}`)).toEqual([{ text: "Kochin", match: true }]);
    expect(parseHighlighted("")).toEqual([]);
    expect(parseHighlighted("Stage")).toEqual([{ text: "Stage", match: false }]);
  });

  it("keeps HTML in titles as text and survives an unclosed mark", () => {
    expect(parseHighlighted(`<b>${m("Koch")}`)).toEqual([
      { text: "<b>", match: false },
      { text: "Koch", match: true },
    ]);
    expect(parseHighlighted(`Stage ${HIGHLIGHT_PRE}cuisi`)).toEqual([
      { text: "Stage ", match: false },
      { text: "cuisi", match: true },
    ]);
  });
});

describe("toSearchHit", () => {
  const [document] = toMeiliDocuments(KOCH);
  const hit: MeiliHit = { ...document!, _formatted: { titleDe: `Praktikum ${m("Koch")}`, titleFr: "Stage cuisinier" } };

  it("gives the offer's id and highlighted titles", () => {
    const result = toSearchHit(hit, null);
    expect(result).toMatchObject({
      id: KOCH.id,
      number: 1042,
      latitude: 48.5734,
      longitude: 7.7521,
      periods: KOCH.periods,
      distanceKm: null,
    });
    expect(result.highlight.titleDe).toEqual([
      { text: "Praktikum ", match: false },
      { text: "Koch", match: true },
    ]);
    expect(result.highlight.titleFr).toEqual([{ text: "Stage cuisinier", match: false }]);
  });

  it("has no highlight for a missing title and falls back to plain text without _formatted", () => {
    const result = toSearchHit({ ...document!, titleFr: null }, null);
    expect(result.highlight).toEqual({ titleDe: [{ text: "Praktikum Koch", match: false }], titleFr: null });
  });

  it("measures the distance from the searched place", () => {
    const kehl = { latitude: 48.5722, longitude: 7.8156, radiusKm: null };
    expect(toSearchHit(hit, kehl).distanceKm).toBeGreaterThan(4);
    expect(toSearchHit(hit, kehl).distanceKm).toBeLessThan(5.5);
  });
});
