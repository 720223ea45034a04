import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import type { Language } from "~/modules/i18n/languages";
import { localeResources } from "~/modules/i18n/locale-files.server";
import { createI18n } from "~/modules/i18n/translator";
import type { MatchResult } from "~/modules/matching/match-types";
import { MatchReasons } from "./MatchReasons";

/** The sentences a reader sees, one per list item, in their language. */
function sentences(result: MatchResult, language: Language): string[] {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language, localeResources(language))}>
      <MatchReasons result={result} />
    </I18nextProvider>,
  );
  return [...html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&"));
}

const eligible: MatchResult = {
  eligible: true,
  score: 80,
  periodId: "p",
  reasons: [
    { kind: "fields", fields: ["mechatronics"] },
    { kind: "overlap", weeks: 4, startsOn: "2027-05-17", endsOn: "2027-06-11" },
    { kind: "level", language: "de", has: "B1", required: "A2" },
    { kind: "distance", km: 38, place: "Braunschweig" },
    { kind: "accommodation", accommodation: "PROVIDED" },
    { kind: "fresh", days: 3 },
  ],
};

describe("MatchReasons", () => {
  it("says why an offer fits, in English", () => {
    expect(sentences(eligible, "en")).toEqual([
      "Shared field: Mechatronics & automation",
      "4 weeks of overlap in May–June",
      "German B1 ≥ A2 required",
      "38 km from Braunschweig",
      "Accommodation provided",
      "Published 3 days ago",
    ]);
  });

  it("says the same in German and French, with their month names", () => {
    expect(sentences(eligible, "de")).toEqual([
      "Gemeinsames Berufsfeld: Mechatronik & Automatisierung",
      "4 Wochen gemeinsamer Zeitraum im Mai–Juni",
      "Deutsch B1 ≥ A2 verlangt",
      "38 km von Braunschweig",
      "Unterkunft wird gestellt",
      "Vor 3 Tagen veröffentlicht",
    ]);
    expect(sentences(eligible, "fr")).toContain("4 semaines en commun en mai–juin");
    expect(sentences(eligible, "fr")).toContain("Publiée il y a 3 jours");
  });

  it("handles one week, one month, several fields, the same town and today", () => {
    const result: MatchResult = {
      eligible: true,
      score: 50,
      periodId: "p",
      reasons: [
        { kind: "fields", fields: ["metal", "electrical"] },
        { kind: "overlap", weeks: 1, startsOn: "2027-05-03", endsOn: "2027-05-07" },
        { kind: "distance", km: 0, place: "Hannover" },
        { kind: "fresh", days: 0 },
      ],
    };
    expect(sentences(result, "en")).toEqual([
      "Shared fields: Metalwork & mechanical engineering and Electrical, energy, heating & plumbing",
      "1 week of overlap in May",
      "In Hannover",
      "Published today",
    ]);
  });

  it("says why not, in the reader's language", () => {
    const excluded: MatchResult = {
      eligible: false,
      exclusions: [
        { kind: "country" },
        { kind: "field" },
        { kind: "level", language: "de", has: "A2", required: "B1" },
        { kind: "level", language: "fr", has: null, required: "A2" },
        { kind: "age", age: 15, minAge: 16 },
        { kind: "minors", age: 17 },
        { kind: "availability", minWeeks: 4, bestWeeks: 2 },
        { kind: "availability", minWeeks: 4, bestWeeks: 0 },
      ],
    };
    expect(sentences(excluded, "en")).toEqual([
      "The placement is in your own country: Antenne finds placements in the other one",
      "None of your occupational fields",
      "Your German level (A2) is below the B1 required",
      "Your profile gives no French level; A2 is required",
      "You would be 15 at the start; the minimum age is 16",
      "Minors are not welcome",
      "Only 2 weeks fit the dates when you are free; at least 4 weeks are needed",
      "No period fits the dates when you are free",
    ]);
    expect(sentences(excluded, "fr")).toContain("Ton niveau d’allemand (A2) est inférieur au B1 demandé");
    expect(sentences(excluded, "de")).toContain("Minderjährige sind nicht willkommen");
  });

  it("labels the list as reasons or as exclusions", () => {
    const html = (result: MatchResult) =>
      renderToStaticMarkup(
        <I18nextProvider i18n={createI18n("en", localeResources("en"))}>
          <MatchReasons result={result} />
        </I18nextProvider>,
      );
    expect(html(eligible)).toContain('aria-label="Why this offer fits"');
    expect(html({ eligible: false, exclusions: [{ kind: "field" }] })).toContain(
      'aria-label="Why this offer does not fit you"',
    );
  });
});
