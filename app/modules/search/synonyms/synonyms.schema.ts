/**
 * The synonym form of the staff page, checked in the browser and again on the server. A group is
 * typed as one line of comma-separated terms ("Koch, Köchin, cuisinier"): a search for any of them
 * finds offers with any other. Pure, no I/O.
 */
import { z } from "zod";
import { normalizeWord } from "~/modules/search/search-text";

export const MIN_TERMS = 2;
export const MAX_TERMS = 12;
export const MIN_TERM_LENGTH = 2;
export const MAX_TERM_LENGTH = 60;

/**
 * The terms of a typed line, trimmed, inner spaces collapsed, empty ones dropped. A term that
 * differs from an earlier one only in case or accents ("koch", "Köch") is the same word to both
 * search engines, so only the first spelling is kept.
 */
export function termsOf(line: string): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const raw of line.split(",")) {
    const term = raw.trim().replace(/\s+/g, " ");
    const key = normalizeWord(term);
    if (term === "" || seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return terms;
}

/** How a group is shown in its text field: the line that gives the same group back. */
export function termsLine(terms: readonly string[]): string {
  return terms.join(", ");
}

const term = z
  .string()
  .min(MIN_TERM_LENGTH, { message: "staff:synonyms.errors.termLength" })
  .max(MAX_TERM_LENGTH, { message: "staff:synonyms.errors.termLength" });

export const synonymTermsSchema = z
  .string({ message: "staff:synonyms.errors.tooFew" })
  .transform(termsOf)
  .pipe(
    z
      .array(term)
      .min(MIN_TERMS, { message: "staff:synonyms.errors.tooFew" })
      .max(MAX_TERMS, { message: "staff:synonyms.errors.tooMany" }),
  );

export const synonymGroupSchema = z.object({ terms: synonymTermsSchema });

/** Groups are numbered by the database; anything else names no group. */
export const synonymGroupIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export type SynonymGroupInput = z.output<typeof synonymGroupSchema>;
