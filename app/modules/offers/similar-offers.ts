/**
 * Which other offers to suggest under an offer: those sharing the most occupational fields, then
 * the nearest, then the newest. Pure, so the order is tested without a database.
 */
import { haversineKm, type Coordinates } from "~/modules/reference/geo";

export interface SimilarCandidate {
  id: string;
  fieldKeys: readonly string[];
  place: Coordinates;
  publishedAt: Date | null;
}

/** Ids of the best `limit` candidates; those sharing no field and the offer itself never appear. */
export function rankSimilarOffers(
  offer: { id: string; fieldKeys: readonly string[]; place: Coordinates },
  candidates: readonly SimilarCandidate[],
  limit = 4,
): string[] {
  const fields = new Set(offer.fieldKeys);
  return candidates
    .filter((candidate) => candidate.id !== offer.id)
    .map((candidate) => ({
      id: candidate.id,
      shared: candidate.fieldKeys.filter((key) => fields.has(key)).length,
      distance: haversineKm(offer.place, candidate.place),
      published: candidate.publishedAt?.getTime() ?? 0,
    }))
    .filter((scored) => scored.shared > 0)
    .sort(
      (a, b) => b.shared - a.shared || a.distance - b.distance || b.published - a.published || a.id.localeCompare(b.id),
    )
    .slice(0, limit)
    .map((scored) => scored.id);
}
