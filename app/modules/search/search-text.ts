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

/** The words of a query, in order, without duplicates. */
export function queryWords(text: string): string[] {
  const words = normalizeWord(text.replace(ELISION, " "))
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2);
  return [...new Set(words)].slice(0, 10);
}

/** Typos allowed in a word of this length: none below 5 letters, one from 5, two from 9; never in numbers. */
export function allowedTypos(word: string): number {
  if (/\d/.test(word)) return 0;
  if (word.length >= 9) return 2;
  if (word.length >= 5) return 1;
  return 0;
}
