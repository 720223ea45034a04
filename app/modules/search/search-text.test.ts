import { describe, expect, it } from "vitest";
import {
  adjacentSwaps,
  queryUnits,
  typedWords,
  allowedTypos,
  suggestionReach,
  typoDistance,
  synonymKey,
  withPhrases,
  wordRuns,
} from "./search-text";

describe("typos between two words", () => {
  it("counts a letter added, dropped or replaced as one", () => {
    expect(typoDistance("tischler", "tischler")).toBe(0);
    expect(typoDistance("tischlr", "tischler")).toBe(1);
    expect(typoDistance("tischlerr", "tischler")).toBe(1);
    expect(typoDistance("mekatronik", "mechatronik")).toBe(2);
    expect(typoDistance("", "koch")).toBe(4);
    expect(typoDistance("koch", "")).toBe(4);
  });

  it("counts two neighbouring letters swapped as one, as Meilisearch does", () => {
    expect(typoDistance("hotle", "hotel")).toBe(1);
    expect(typoDistance("tsichler", "tischler")).toBe(1);
    expect(typoDistance("mechatornik", "mechatronik")).toBe(1);
    expect(typoDistance("mechatornk", "mechatronik")).toBe(2);
    expect(typoDistance("mecahtornik", "mechatronik")).toBe(2);
  });

  it("does not count a swapped pair edited again as one (optimal string alignment)", () => {
    // "ca" → "ac" → "abc" takes two edits only when a swapped pair may be edited again.
    expect(typoDistance("ca", "abc")).toBe(3);
  });

  it("is the same both ways", () => {
    for (const [a, b] of [
      ["hotle", "hotelrestaurant"],
      ["anlgnmontge", "anlagenmontage"],
      ["mecatroniqe", "mecatronique"],
    ] as const) {
      expect(typoDistance(a, b)).toBe(typoDistance(b, a));
    }
  });
});

describe("how far to look", () => {
  it("forgives typos from five letters, looks further for a suggestion, and never in numbers", () => {
    expect(["kosh", "hotle", "tsichler", "mechatornk"].map(allowedTypos)).toEqual([0, 1, 1, 2]);
    expect(["kosh", "hotle", "tsichler", "anlgnmontge"].map(suggestionReach)).toEqual([2, 2, 2, 3]);
    expect(suggestionReach("75001")).toBe(0);
  });
});

describe("synonym terms of several words", () => {
  it("compares terms as their words, whatever the hyphens, accents and case", () => {
    expect(synonymKey("Kfz-Mechatroniker")).toBe("kfz mechatroniker");
    expect(synonymKey("mécanicien  automobile")).toBe("mecanicien automobile");
    expect(synonymKey("Koch")).toBe("koch");
  });

  it("looks up every run of two to four words", () => {
    expect(wordRuns(["a1", "b2", "c3"])).toEqual(["a1 b2", "a1 b2 c3", "b2 c3"]);
    expect(wordRuns(["koch"])).toEqual([]);
  });

  it("takes the longest known run as one unit, from left to right", () => {
    const known = new Set(["mecanicien automobile", "maintenance des vehicules", "des vehicules"]);
    expect(withPhrases(["stage", "mecanicien", "automobile", "caen"], known)).toEqual([
      "stage",
      "mecanicien automobile",
      "caen",
    ]);
    expect(withPhrases(["maintenance", "des", "vehicules"], known)).toEqual(["maintenance des vehicules"]);
    expect(withPhrases(["koch", "hannover"], known)).toEqual(["koch", "hannover"]);
  });
});

describe("swaps of two neighbouring letters", () => {
  it("lists each swap once, none where the letters are the same", () => {
    expect(adjacentSwaps("hoetl")).toEqual(["ohetl", "heotl", "hotel", "hoelt"]);
    expect(adjacentSwaps("aab")).toEqual(["aba"]);
    expect(adjacentSwaps("a")).toEqual([]);
  });
});

describe("the units a query is searched as", () => {
  const known = new Set(["mecanicien automobile"]);

  it("makes a phrase only of words typed next to each other, then drops repeats", () => {
    expect(queryUnits(typedWords("mécanicien Koch mécanicien automobile"), known)).toEqual([
      "mecanicien",
      "koch",
      "mecanicien automobile",
    ]);
    expect(queryUnits(typedWords("Koch mécanicien Koch automobile"), known)).toEqual([
      "koch",
      "mecanicien",
      "automobile",
    ]);
  });

  it("searches at most ten", () => {
    const many = Array.from({ length: 14 }, (_, i) => `mot${i}`).join(" ");
    expect(queryUnits(typedWords(many), known)).toHaveLength(10);
  });
});
