import { describe, expect, it } from "vitest";
import { eventDiff } from "./event-diff";

describe("eventDiff", () => {
  const published = { titleDe: "Filmabend", titleFr: "Soirée cinéma", start: "2027-03-18T19:00", isFree: "on" };

  it("has nothing to compare for a first publication", () => {
    expect(eventDiff(null, published)).toEqual({ kind: "firstPublication" });
  });

  it("lists exactly the fields that changed, in the form's order", () => {
    const submitted = { ...published, start: "2027-03-18T20:00", titleFr: "Soirée cinéma ", isFree: "" };
    expect(eventDiff(published, submitted)).toEqual({
      kind: "changes",
      changes: [
        { field: "isFree", before: "on", after: "" },
        { field: "start", before: "2027-03-18T19:00", after: "2027-03-18T20:00" },
      ],
    });
  });

  it("finds no change when only the organiser's id or the intent differ", () => {
    expect(eventDiff(published, { ...published, organiserId: "x", intent: "submit" })).toEqual({
      kind: "changes",
      changes: [],
    });
  });
});
