/**
 * How typed text becomes search words, the same way for every engine: lower case, accents
 * removed, French elisions ("l'école") split off, one-letter words and punctuation dropped.
 * Pure, so the PostgreSQL adapter, highlighting and tests agree on what a "word" is.
 */
const ELISION = /\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’]/giu;

export function normalizeWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase();
}

/** At most this many words (or synonym phrases) of a query are searched. */
const MAX_QUERY_WORDS = 10;
/** A synonym term of several words is looked for in runs of at most this many words. */
const MAX_PHRASE_WORDS = 4;

/** The words of a query as typed, in order, repeats included. */
export function typedWords(text: string): string[] {
  return normalizeWord(text.replace(ELISION, " "))
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2)
    .slice(0, 2 * MAX_QUERY_WORDS);
}

/** Typos allowed in a word of this length: none below 5 letters, one from 5, two from 9; never in numbers. */
export function allowedTypos(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * How far "did you mean" looks for a word a search found nothing for: well beyond the typo
 * budget, a third of the word's length and at least two edits (the suggestion is only offered
 * when it finds offers); never in numbers.
 */
export function suggestionReach(word: string): number {
  if (/\d/.test(word)) return 0;
  return Math.max(2, Math.floor(word.length / 3));
}

/**
 * The typos between two words: letters added, dropped or replaced, and two neighbouring letters
 * swapped, each counting as one (optimal string alignment), as Meilisearch counts them.
 * PostgreSQL's levenshtein counts a swap as two, so "hotle" would be two typos from "hotel".
 */
export function typoDistance(a: string, b: string): number {
  // Three rows of the edit table: a swap looks two rows back.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (twoBack[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    twoBack = previous;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** A synonym term as search compares it: its words joined by single spaces ("Kfz-Mechatroniker" → "kfz mechatroniker"). */
export function synonymKey(term: string): string {
  return typedWords(term).join(" ");
}

/** The runs of two to MAX_PHRASE_WORDS words of a query that may be a synonym term of several words. */
export function wordRuns(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let start = 0; start < words.length; start++) {
    for (let length = 2; length <= MAX_PHRASE_WORDS && start + length <= words.length; length++) {
      runs.push(words.slice(start, start + length).join(" "));
    }
  }
  return runs;
}

/**
 * The words as typed with each run that is a known synonym term ("mecanicien automobile") taken
 * as one unit, the longest run first, from left to right. Runs are found before repeats are
 * dropped, so that only words typed next to each other make a phrase.
 */
export function queryUnits(words: readonly string[], phrases: ReadonlySet<string>): string[] {
  return [...new Set(withPhrases(words, phrases))].slice(0, MAX_QUERY_WORDS);
}

/** The query's words with each run that is a known synonym term taken as one unit. */
export function withPhrases(words: readonly string[], phrases: ReadonlySet<string>): string[] {
  const units: string[] = [];
  for (let start = 0; start < words.length;) {
    let length = Math.min(MAX_PHRASE_WORDS, words.length - start);
    while (length > 1 && !phrases.has(words.slice(start, start + length).join(" "))) length--;
    units.push(words.slice(start, start + length).join(" "));
    start += length;
  }
  return units;
}

/** The word with two neighbouring letters swapped, each way it can be ("hoetl" → "ohetl", "heotl", "hotel", "hoelt"). */
export function adjacentSwaps(word: string): string[] {
  const swaps = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    swaps.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...swaps];
}
