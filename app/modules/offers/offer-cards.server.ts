/** Offer cards, as "similar offers" and other lists show them, and what counts as public. */
import type { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { offerPath, titleFor } from "./offer-url";

export type TextLanguage = "de" | "fr";

/** The language of the title titleFor shows: the reader's when it exists, else the other one. */
export function textLanguageOf(offer: { titleDe: string | null; titleFr: string | null }, language: Language) {
  const order: TextLanguage[] = language === "fr" ? ["fr", "de"] : ["de", "fr"];
  const written = (lang: TextLanguage) => (lang === "de" ? offer.titleDe : offer.titleFr)?.trim();
  return order.find((lang) => written(lang)) ?? order[0] ?? "de";
}

export const OFFER_CARD_SELECT = {
  id: true,
  number: true,
  titleDe: true,
  titleFr: true,
  minWeeks: true,
  maxWeeks: true,
  company: { select: { name: true } },
  place: { select: { nameDe: true, nameFr: true, nameEn: true, country: true } },
} satisfies Prisma.OfferSelect;

type CardRow = Prisma.OfferGetPayload<{ select: typeof OFFER_CARD_SELECT }>;

export interface OfferCardData {
  number: number;
  path: string;
  title: string;
  /** The title's language; the card marks it when it is not the reader's. */
  titleLanguage: TextLanguage;
  company: string;
  place: string;
  country: "DE" | "FR";
  minWeeks: number;
  maxWeeks: number;
}

export function toOfferCard(row: CardRow, language: Language): OfferCardData {
  return {
    number: row.number,
    path: offerPath(row, language),
    title: titleFor(row, language),
    titleLanguage: textLanguageOf(row, language),
    company: row.company.name,
    place: localizedName(row.place, language),
    country: row.place.country,
    minWeeks: row.minWeeks,
    maxWeeks: row.maxWeeks,
  };
}

/** The page number from `?page=`; anything that is not a positive whole number means the first. */
