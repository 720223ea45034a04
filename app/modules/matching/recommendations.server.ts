import { z } from "zod";
import { todayInEurope } from "~/utils/calendar-days";
import type { Language } from "~/modules/i18n/languages";
import { OFFER_CARD_SELECT, toOfferCard } from "~/modules/offers/offer-cards.server";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { db } from "~/utils/db.server";
import { matchOffer, rankOffers } from "./match-score";
import { loadMatchStudent, MATCH_OFFER_SELECT, toMatchOffer } from "./match-data.server";
import type { MatchResult, Recommendation } from "./match-types";
import { candidateOffers } from "./offer-candidates.server";

export { loadMatchStudent };

/**
 * Offers recommended to a student: matchOffer on every public offer that may fit (held in memory,
 * see public-offer-cache.server.ts), then display data for the best few only.
 */
export async function recommendOffers(
  userId: string,
  options: { language: Language; limit?: number; now?: Date },
): Promise<Recommendation[]> {
  const { language, limit = 10, now = new Date() } = options;
  const student = await loadMatchStudent(userId, language);
  if (!student) return [];
  const today = todayInEurope(now);
  const best = rankOffers(student, await candidateOffers(student), today, limit);
  if (best.length === 0) return [];
  // Read again with the public-offer filter: the list in memory may be a moment behind.
  const rows = await db().offer.findMany({
    where: { id: { in: best.map(({ offer }) => offer.id) }, ...PUBLIC_OFFER },
    select: OFFER_CARD_SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return best.flatMap(({ offer: { id }, result: { score, reasons, periodId } }) => {
    const row = byId.get(id);
    if (!row) return [];
    const card = toOfferCard(row, language);
    return [
      {
        id,
        number: card.number,
        title: card.title,
        titleLanguage: card.titleLanguage,
        url: card.path,
        company: card.company,
        place: card.place,
        country: card.country,
        score,
        reasons,
        periodId,
      },
    ];
  });
}

/** How one offer suits the signed-in student, for the offer page; null when the viewer is no student with a profile. */
export async function matchForOffer(
  userId: string,
  offerId: string,
  options: { language: Language; now?: Date },
): Promise<MatchResult | null> {
  const { language, now = new Date() } = options;
  const student = await loadMatchStudent(userId, language);
  if (!student || !z.guid().safeParse(offerId).success) return null;
  const offer = await db().offer.findUnique({ where: { id: offerId }, select: MATCH_OFFER_SELECT });
  return offer ? matchOffer(student, toMatchOffer(offer, language), todayInEurope(now)) : null;
}
