import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import { OFFER_CARD_SELECT, toOfferCard, type OfferCardData } from "./offer-cards.server";
import { PUBLIC_OFFER } from "./offer-workflow";
import { rankSimilarOffers } from "./similar-offers";
import { type Coordinates } from "~/modules/reference/geo";

/**
 * Up to `limit` other public offers for the bottom of an offer page. Only offers sharing a field
 * are read (a few hundred at most in a region), ranked in memory, then loaded as cards.
 */
export async function similarOffers(
  offer: { id: string; fieldKeys: readonly string[]; place: Coordinates },
  language: Language,
  limit = 4,
): Promise<OfferCardData[]> {
  if (offer.fieldKeys.length === 0) return [];
  const candidates = await db().offer.findMany({
    where: { ...PUBLIC_OFFER, id: { not: offer.id }, fields: { some: { fieldKey: { in: [...offer.fieldKeys] } } } },
    select: {
      id: true,
      publishedAt: true,
      fields: { select: { fieldKey: true } },
      place: { select: { latitude: true, longitude: true } },
    },
  });
  const ids = rankSimilarOffers(
    offer,
    candidates.map((candidate) => ({
      id: candidate.id,
      publishedAt: candidate.publishedAt,
      place: candidate.place,
      fieldKeys: candidate.fields.map((field) => field.fieldKey),
    })),
    limit,
  );
  const rows = await db().offer.findMany({ where: { id: { in: ids } }, select: OFFER_CARD_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toOfferCard(row, language)] : [];
  });
}
