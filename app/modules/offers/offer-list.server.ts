import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { offerPath, titleFor } from "./offer-url";

/**
 * Offer cards and the plain list of the newest public offers at /:lang/offers. The list is a
 * stopgap until search replaces that page; the cards are shared with "similar offers".
 */

/** What the public sees: published offers of verified companies (the query form of isPublic). */
export const PUBLIC_OFFER = { status: "PUBLISHED", company: { status: "VERIFIED" } } satisfies Prisma.OfferWhereInput;

export const PAGE_SIZE = 20;

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
export function pageNumber(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
}

export async function listPublicOffers(language: Language, page: number) {
  const [total, rows] = await Promise.all([
    db().offer.count({ where: PUBLIC_OFFER }),
    db().offer.findMany({
      where: PUBLIC_OFFER,
      select: OFFER_CARD_SELECT,
      orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    offers: rows.map((row) => toOfferCard(row, language)),
  };
}

export async function offerListLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const page = pageNumber(new URL(request.url).searchParams.get("page"));
  const list = await listPublicOffers(language, page);
  // A page past the end is not a page: search engines should drop it, readers get the 404 page.
  if (page > list.pageCount) throw new Response("Not Found", { status: 404 });
  const t = translatorFor(language);
  const title = page > 1 ? t("offers:list.titlePage", { page }) : t("offers:list.title");
  return { meta: pageMetaInput(request, language, title, t("offers:list.description")), ...list };
}
