import { describe, expect, it } from "vitest";
import {
  FILTERABLE_ATTRIBUTES,
  indexSettings,
  SEARCHABLE_ATTRIBUTES,
  SORTABLE_ATTRIBUTES,
  synonymsFromGroups,
} from "./meilisearch-settings";
import { FACET_ATTRIBUTES } from "./meilisearch-filters";
import { RETRIEVED_ATTRIBUTES } from "./meilisearch-documents";

describe("indexSettings", () => {
  const settings = indexSettings();

  it("ranks titles above field names, descriptions, the place and the company", () => {
    expect(settings.searchableAttributes).toEqual([
      "titleDe",
      "titleFr",
      "fieldNames",
      "descriptionDe",
      "descriptionFr",
      "placeNameDe",
      "placeNameFr",
      "companyName",
    ]);
  });

  it("never lets Meilisearch split German compounds: every searched field has a locale, none German", () => {
    const rules = settings.localizedAttributes ?? [];
    const covered = (attribute: string) =>
      rules.some((rule) =>
        rule.attributePatterns.some((pattern) => new RegExp(`^${pattern.replaceAll("*", ".*")}$`).test(attribute)),
      );
    expect(SEARCHABLE_ATTRIBUTES.filter((attribute) => !covered(attribute))).toEqual([]);
    expect(rules.flatMap((rule) => rule.locales)).not.toContain("deu");
  });

  it("tolerates one typo from 5 letters and two from 9, never in numbers", () => {
    expect(settings.typoTolerance).toMatchObject({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
  });

  it("drops French elisions and counts exactly up to 1,000 hits", () => {
    expect(settings.stopWords).toEqual(expect.arrayContaining(["l", "d", "qu", "j", "n", "s", "c", "m", "t"]));
    expect(settings.pagination).toEqual({ maxTotalHits: 1001 });
  });

  it("lets sorting decide the order before relevance, and folds periods into offers", () => {
    expect(settings.rankingRules?.[0]).toBe("sort");
    expect(settings.distinctAttribute).toBe("offerId");
  });

  it("can filter every facet and sort on everything the sorts use", () => {
    for (const attribute of Object.values(FACET_ATTRIBUTES)) expect(FILTERABLE_ATTRIBUTES).toContain(attribute);
    expect(SORTABLE_ATTRIBUTES).toEqual(expect.arrayContaining(["publishedAtMs", "firstStartDay", "_geo"]));
    expect(RETRIEVED_ATTRIBUTES).toEqual(expect.arrayContaining(["titleDe", "titleFr", "_geo"]));
  });

  it("leaves synonyms out, so re-applying settings at start keeps the staff's synonyms", () => {
    expect(settings).not.toHaveProperty("synonyms");
  });
});

describe("synonymsFromGroups", () => {
  it("maps every word of a group to all the others, both ways, lower-cased", () => {
    expect(synonymsFromGroups([["Koch", "Cuisinier", "Köchin"]])).toEqual({
      cuisinier: ["koch", "köchin"],
      koch: ["cuisinier", "köchin"],
      köchin: ["cuisinier", "koch"],
    });
  });

  it("merges groups sharing a word and ignores duplicates, blanks and lonely words", () => {
    const synonyms = synonymsFromGroups([
      ["Koch", "cuisinier"],
      ["koch ", "chef de cuisine"],
      ["Bäcker", "bäcker", " "],
    ]);
    expect(synonyms).toEqual({
      koch: ["chef de cuisine", "cuisinier"],
      cuisinier: ["koch"],
      "chef de cuisine": ["koch"],
    });
  });

  it("clears all synonyms for no groups", () => {
    expect(synonymsFromGroups([])).toEqual({});
  });
});
