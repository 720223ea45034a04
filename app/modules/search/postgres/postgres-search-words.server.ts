/**
 * What the PostgreSQL search makes of typed words: each word with its typo corrections (from the
 * trigram-indexed word list) and staff's synonyms, runs of words that are a synonym term as one
 * unit, and the "did you mean" text built from them.
 */
import type { Database } from "~/utils/db.server";
import { ANALYSIS_SQL, type AnalysisRow, type WordAnalysis, wordAnalysis } from "./postgres-search-sql";
import { adjacentSwaps, allowedTypos, queryUnits, typedWords, wordRuns } from "~/modules/search/search-text";

/**
 * The words of `text`, each with its corrections within `maxTypos(word)` and its synonyms; a
 * run of words that is a synonym term of its own ("mécanicien automobile") is one unit, which
 * matches as all its words or as any of its synonyms.
 */
export async function analyseWords(
  database: Database,
  text: string,
  maxTypos: (word: string) => number = allowedTypos,
): Promise<WordAnalysis[]> {
  const words = typedWords(text);
  if (words.length === 0) return [];
  const phrases = await synonymPhrases(database, words);
  const units = queryUnits(words, new Set(phrases.keys()));
  const singles = units.filter((unit) => !phrases.has(unit));
  // Each word's swaps of two neighbouring letters, with the word's position (1-based).
  const swaps = singles.flatMap((word, i) => (maxTypos(word) > 0 ? adjacentSwaps(word) : []).map((v) => [v, i + 1]));
  const rows =
    singles.length > 0
      ? await database.$queryRawUnsafe<AnalysisRow[]>(
          ANALYSIS_SQL,
          singles,
          singles.map(maxTypos),
          swaps.map(([variant]) => variant),
          swaps.map(([, position]) => position),
        )
      : [];
  const analysed = new Map(rows.map((row) => [row.word, wordAnalysis(row, maxTypos(row.word))]));
  return units.map(
    (unit) => analysed.get(unit) ?? { word: unit, stop: false, corrections: [], synonyms: phrases.get(unit) ?? [] },
  );
}

/** The synonyms of each run of the words that is a synonym term of several words. */
async function synonymPhrases(database: Database, words: string[]): Promise<Map<string, string[]>> {
  const runs = wordRuns(words);
  if (runs.length === 0) return new Map();
  const rows = await database.$queryRawUnsafe<{ word: string; synonyms: string[] }[]>(
    `SELECT word, array_agg(synonym) AS synonyms FROM search_synonym WHERE word = ANY($1::text[]) GROUP BY word`,
    runs,
  );
  return new Map(rows.map((row) => [row.word, row.synonyms]));
}

/**
 * The typed text with each unknown word replaced by its closest indexed word. Stop words stay as
 * typed: a search with other words leaves them out, and "leur" is no typo of "le".
 */
export function suggestionOf(text: string, analysis: WordAnalysis[]): string | null {
  let changed = false;
  const words = analysis.map((word) => {
    const best = word.stop ? undefined : word.corrections[0];
    if (!best) return word.word;
    changed = true;
    return best;
  });
  return changed && text.trim() !== "" ? words.join(" ") : null;
}
