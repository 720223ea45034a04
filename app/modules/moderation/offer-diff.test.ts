import { describe, expect, it } from "vitest";
import { offerDiff } from "./offer-diff";
import { offerSnapshot, type OfferForSnapshot } from "~/modules/offers/offer-snapshot";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function offer(overrides: Partial<OfferForSnapshot> = {}): OfferForSnapshot {
  return {
    titleDe: "Praktikum Mechatronik",
    titleFr: "Stage mécatronique",
    descriptionDe: "Wartung von Anlagen.",
    descriptionFr: "Maintenance des installations.",
    address: "Hauptstraße 1",
    minWeeks: 2,
    maxWeeks: 4,
    languageLevel: "A2",
    minorsWelcome: true,
    minAge: 16,
    hoursPerDay: { toNumber: () => 7.5 },
    hoursPerWeek: { toNumber: () => 37.5 },
    workDays: [5, 1, 3, 2, 4],
    accommodation: "HELP_FINDING",
    allowanceEuroMonth: null,
    tutorName: "Jonas Weber",
    applicationDeadline: day("2027-03-01"),
    place: { key: "hannover" },
    fields: [{ fieldKey: "mechatronics" }, { fieldKey: "electrical" }],
    periods: [
      { startsOn: day("2027-06-07"), endsOn: day("2027-06-18"), places: 1 },
      { startsOn: day("2027-04-12"), endsOn: day("2027-04-23"), places: 2 },
    ],
    ...overrides,
  };
}

describe("offer snapshot", () => {
  it("is plain JSON with sorted lists, ISO days and numbers for the hours", () => {
    const snapshot = offerSnapshot(offer());
    expect(snapshot).toMatchObject({
      placeKey: "hannover",
      fieldKeys: ["electrical", "mechatronics"],
      periods: [
        { startsOn: "2027-04-12", endsOn: "2027-04-23", places: 2 },
        { startsOn: "2027-06-07", endsOn: "2027-06-18", places: 1 },
      ],
      hoursPerDay: 7.5,
      hoursPerWeek: 37.5,
      workDays: [1, 2, 3, 4, 5],
      applicationDeadline: "2027-03-01",
      tutorName: "Jonas Weber",
    });
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it("does not depend on the order the database returned rows in", () => {
    const reordered = offer({
      fields: [{ fieldKey: "electrical" }, { fieldKey: "mechatronics" }],
      periods: [...offer().periods].reverse(),
    });
    expect(offerSnapshot(reordered)).toEqual(offerSnapshot(offer()));
  });
});

describe("offer diff", () => {
  it("says 'first publication' when the offer was never published", () => {
    expect(offerDiff(null, offerSnapshot(offer()))).toEqual({ kind: "firstPublication" });
  });

  it("lists nothing when the content is the same, even with keys reordered as jsonb does", () => {
    const stored = JSON.parse(JSON.stringify(offerSnapshot(offer())), (_key, value: unknown) =>
      value && typeof value === "object" && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    ) as unknown;
    expect(offerDiff(stored, offerSnapshot(offer()))).toEqual({ kind: "changes", changes: [] });
  });

  it("lists each changed field with its value before and after", () => {
    const published = offerSnapshot(offer());
    const current = offerSnapshot(
      offer({
        titleFr: "Stage en mécatronique",
        periods: [...offer().periods, { startsOn: day("2027-09-06"), endsOn: day("2027-09-17"), places: 1 }],
        hoursPerDay: 7,
      }),
    );
    expect(offerDiff(published, current)).toEqual({
      kind: "changes",
      changes: [
        { field: "titleFr", before: "Stage mécatronique", after: "Stage en mécatronique" },
        { field: "periods", before: published.periods, after: current.periods },
        { field: "hoursPerDay", before: 7.5, after: 7 },
      ],
    });
  });

  it("treats a field missing from an older snapshot as empty", () => {
    const { applicationDeadline: _gone, ...older } = offerSnapshot(offer());
    const diff = offerDiff(older, offerSnapshot(offer()));
    expect(diff).toEqual({
      kind: "changes",
      changes: [{ field: "applicationDeadline", before: null, after: "2027-03-01" }],
    });
    expect(offerDiff(older, offerSnapshot(offer({ applicationDeadline: null })))).toEqual({
      kind: "changes",
      changes: [],
    });
  });
});
