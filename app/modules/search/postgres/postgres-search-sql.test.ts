import { describe, expect, it } from "vitest";
import { wordAnalysis } from "./postgres-search-sql";

describe("a word's corrections", () => {
  const row = {
    word: "hotle",
    stop: false,
    // As the query gives them: fewest levenshtein edits first.
    candidates: ["hole", "hotte", "hotel", "motel"],
    synonyms: { hotel: ["hôtellerie"], motel: ["auberge"] },
  };

  it("keeps the candidates within the typos, closest first, with their synonyms", () => {
    expect(wordAnalysis(row, 1)).toEqual({
      word: "hotle",
      stop: false,
      corrections: ["hole", "hotte", "hotel"],
      synonyms: ["hôtellerie"],
    });
    expect(wordAnalysis(row, 0).corrections).toEqual([]);
  });

  it("searches at most three, the closest", () => {
    const many = { ...row, candidates: ["motel", "hotels", "hole", "hotel", "hotte"] };
    expect(wordAnalysis(many, 2).corrections).toEqual(["hole", "hotel", "hotte"]);
  });
});
