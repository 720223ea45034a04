import { slugify } from "~/modules/accounts/slug";
import type { Language } from "~/modules/i18n/languages";

/**
 * Public offer URLs: `/de/offers/praktikum-mechatronik-1042`. Only the number at the end
 * identifies the offer; the words are the title in the page's language and may change with it.
 * A request with outdated words is redirected to the current ones, so a shared link never breaks.
 */
export interface OfferTitles {
  number: number;
  titleDe: string | null;
  titleFr: string | null;
}

/** The title in the reader's language, else the other one; English readers get German first. */
export function titleFor(offer: Pick<OfferTitles, "titleDe" | "titleFr">, language: Language): string {
  const preferred = language === "fr" ? [offer.titleFr, offer.titleDe] : [offer.titleDe, offer.titleFr];
  return preferred.find((title) => title && title.trim() !== "") ?? "";
}

export function offerSlug(offer: OfferTitles, language: Language): string {
  return `${slugify(titleFor(offer, language) || "offer")}-${offer.number}`;
}

export function offerPath(offer: OfferTitles, language: Language): string {
  return `/${language}/offers/${offerSlug(offer, language)}`;
}

/** The offer number at the end of a URL part, or null when there is none. */
export function offerNumberFromSlug(slug: string): number | null {
  const match = /(?:^|-)(\d{1,9})$/.exec(slug);
  return match ? Number(match[1]) : null;
}
