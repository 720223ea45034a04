import { describe, expect, it } from "vitest";
import {
  bannerYear,
  canonicalEditionUrl,
  comingEditionYear,
  editionFeedPath,
  editionPath,
  officeDay,
  participatePath,
} from "./edition-url";

const canonical = (path: string, language: "de" | "fr" | "en") =>
  canonicalEditionUrl(new URL(path, "https://antenne.example"), language);

describe("edition addresses", () => {
  it("name the day in each language", () => {
    expect([editionPath(2027, "de"), editionPath(2027, "fr"), editionPath(2027, "en")]).toEqual([
      "/de/22-januar/2027",
      "/fr/22-janvier/2027",
      "/en/22-january/2027",
    ]);
    expect(participatePath(2027, "fr")).toBe("/fr/22-janvier/2027/participer");
    expect(participatePath(2027, "de")).toBe("/de/22-januar/2027/mitmachen");
    expect(editionFeedPath(2027, "en")).toBe("/en/22-january/2027/calendar.ics");
  });

  it("send another language's slug to the right one, keeping the query and the page", () => {
    expect(canonical("/de/22-januar/2027", "de")).toBeNull();
    expect(canonical("/fr/22-januar/2027?schools=1", "fr")).toBe("/fr/22-janvier/2027?schools=1");
    expect(canonical("/de/22-january/2027", "de")).toBe("/de/22-januar/2027");
    expect(canonical("/en/22-janvier/2027/participer", "en")).toBe("/en/22-january/2027/participate");
    expect(canonical("/de/22-januar/2027/participate", "de")).toBe("/de/22-januar/2027/mitmachen");
    expect(canonical("/fr/22-january/2027/calendar.ics", "fr")).toBe("/fr/22-janvier/2027/calendar.ics");
    expect(canonical("/fr/22-januar", "fr")).toBe("/fr/22-janvier");
    expect(canonical("/fr/22-janvier", "fr")).toBeNull();
  });
});

describe("the coming day", () => {
  it("is this year's until 22 January, then next year's", () => {
    expect(comingEditionYear({ year: 2027, month: 1, day: 22 })).toBe(2027);
    expect(comingEditionYear({ year: 2027, month: 1, day: 23 })).toBe(2028);
    expect(comingEditionYear({ year: 2026, month: 12, day: 6 })).toBe(2027);
  });

  it("is announced on the home page from 1 December to 22 January only", () => {
    expect(bannerYear({ year: 2026, month: 11, day: 30 })).toBeNull();
    expect(bannerYear({ year: 2026, month: 12, day: 1 })).toBe(2027);
    expect(bannerYear({ year: 2027, month: 1, day: 22 })).toBe(2027);
    expect(bannerYear({ year: 2027, month: 1, day: 23 })).toBeNull();
  });

  it("turns over at midnight in Hanover, not in UTC", () => {
    // 30 November 23:30 UTC is already 1 December in Hanover.
    expect(officeDay(new Date("2026-11-30T23:30:00Z"))).toEqual({ year: 2026, month: 12, day: 1 });
    expect(officeDay(new Date("2027-01-22T23:30:00Z"))).toEqual({ year: 2027, month: 1, day: 23 });
  });
});
