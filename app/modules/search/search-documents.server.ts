/** Public offers (offer-workflow's PUBLIC_OFFER) as search documents, read from the application's tables. */
import type { Prisma } from "~/generated/prisma/client";
import type { CefrLevel } from "~/modules/reference/cefr";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { db } from "~/utils/db.server";
import type { AccommodationKind, Country, SearchDocument } from "./search-index";
import { dayOf } from "~/utils/calendar-days";

const DOCUMENT_SELECT = {
  id: true,
  number: true,
  titleDe: true,
  titleFr: true,
  descriptionDe: true,
  descriptionFr: true,
  languageLevel: true,
  minWeeks: true,
  maxWeeks: true,
  accommodation: true,
  minorsWelcome: true,
  minAge: true,
  publishedAt: true,
  updatedAt: true,
  company: { select: { name: true } },
  place: { select: { key: true, nameDe: true, nameFr: true, country: true, latitude: true, longitude: true } },
  fields: { select: { field: { select: { key: true, nameDe: true, nameFr: true } } } },
  periods: { select: { startsOn: true, endsOn: true, places: true }, orderBy: { startsOn: "asc" } },
} as const satisfies Prisma.OfferSelect;

type OfferRow = Prisma.OfferGetPayload<{ select: typeof DOCUMENT_SELECT }>;

export function toSearchDocument(offer: OfferRow): SearchDocument {
  return {
    id: offer.id,
    number: offer.number,
    titleDe: offer.titleDe,
    titleFr: offer.titleFr,
    descriptionDe: offer.descriptionDe,
    descriptionFr: offer.descriptionFr,
    companyName: offer.company.name,
    fieldKeys: offer.fields.map(({ field }) => field.key).sort(),
    fieldNames: offer.fields.flatMap(({ field }) => [field.nameDe, field.nameFr]),
    placeKey: offer.place.key,
    placeNameDe: offer.place.nameDe,
    placeNameFr: offer.place.nameFr,
    country: offer.place.country as Country,
    latitude: offer.place.latitude,
    longitude: offer.place.longitude,
    languageLevel: offer.languageLevel as CefrLevel,
    minWeeks: offer.minWeeks,
    maxWeeks: offer.maxWeeks,
    accommodation: offer.accommodation as AccommodationKind,
    minorsWelcome: offer.minorsWelcome,
    minAge: offer.minAge,
    periods: offer.periods.map((period) => ({
      startsOn: dayOf(period.startsOn),
      endsOn: dayOf(period.endsOn),
      places: period.places,
    })),
    publishedAt: (offer.publishedAt ?? offer.updatedAt).toISOString(),
  };
}

/** The documents of those offers that are public now; the others should leave the index. */
export async function searchDocumentsFor(ids: string[]): Promise<{ documents: SearchDocument[]; hidden: string[] }> {
  const rows = await db().offer.findMany({ where: { id: { in: ids }, ...PUBLIC_OFFER }, select: DOCUMENT_SELECT });
  const documents = rows.map(toSearchDocument);
  const shown = new Set(documents.map((document) => document.id));
  return { documents, hidden: ids.filter((id) => !shown.has(id)) };
}

/** Every public offer, in batches, for a full rebuild. */
export async function* allSearchDocuments(batchSize = 500): AsyncGenerator<SearchDocument[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await db().offer.findMany({
      where: PUBLIC_OFFER,
      select: DOCUMENT_SELECT,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map(toSearchDocument);
    cursor = rows.at(-1)?.id;
  }
}

export async function countSearchableOffers(): Promise<number> {
  return db().offer.count({ where: PUBLIC_OFFER });
}
