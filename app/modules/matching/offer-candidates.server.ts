import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { otherCountry } from "~/modules/reference/countries";
import { fieldBits } from "~/modules/reference/occupational-fields";
import { studentLevelIn } from "./match-score";
import type { MatchOffer, MatchStudent } from "./match-types";
import { publicMatchOffers } from "./public-offer-cache.server";

/**
 * The public offers a student might be eligible for: the cheap hard constraints (the other
 * country, a shared field, the language level) pass over every public offer in memory, and
 * matchOffer decides about the rest. Leaving an offer in never changes an answer; only the
 * constraints matchOffer itself applies may leave one out.
 */
export async function candidateOffers(student: MatchStudent): Promise<MatchOffer[]> {
  const country = otherCountry(student.country);
  const level = studentLevelIn(student, country);
  if (level === null || student.fields.length === 0 || student.availability.length === 0) return [];
  const highest = CEFR_LEVELS.indexOf(level);
  const fields = fieldBits(student.fields);
  const candidates: MatchOffer[] = [];
  for (const offer of await publicMatchOffers()) {
    if ((offer.fieldBits & fields) !== 0 && offer.levelRank <= highest && offer.country === country) {
      candidates.push(offer);
    }
  }
  return candidates;
}
