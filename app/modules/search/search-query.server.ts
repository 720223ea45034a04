import { db } from "~/utils/db.server";
import type { SearchQuery } from "./search-index";
import type { ParamProblem, SearchRequest } from "./search-params";

/** The place a search is around, with the names the page and the API show. */
export interface SearchPlace {
  key: string;
  nameDe: string;
  nameFr: string;
  nameEn: string;
  country: "DE" | "FR";
  latitude: number;
  longitude: number;
}

export type ResolvedSearch =
  { ok: true; query: SearchQuery; place: SearchPlace | null } | { ok: false; problem: ParamProblem };

/**
 * Turns a search read from the URL into what the index answers: the place key becomes its
 * coordinates from the places table (staff may correct them there, so they are never taken from
 * the URL). An unknown place is a problem on `place`.
 */
export async function resolveSearch(
  request: SearchRequest,
  { publishedAfter = null }: { publishedAfter?: string | null } = {},
): Promise<ResolvedSearch> {
  let place: SearchPlace | null = null;
  if (request.place) {
    place = await db().place.findUnique({
      where: { key: request.place },
      select: { key: true, nameDe: true, nameFr: true, nameEn: true, country: true, latitude: true, longitude: true },
    });
    if (!place) return { ok: false, problem: { parameter: "place", message: "search:problems.unknownPlace" } };
  }
  return { ok: true, query: queryFor(request, place, publishedAfter), place };
}

/** The index query for a search around a place already looked up. */
export function queryFor(
  request: SearchRequest,
  place: Pick<SearchPlace, "latitude" | "longitude"> | null,
  publishedAfter: string | null = null,
): SearchQuery {
  return {
    text: request.text,
    fields: request.fields,
    countries: request.countries,
    near: place ? { latitude: place.latitude, longitude: place.longitude, radiusKm: request.radiusKm } : null,
    level: request.level,
    availableFrom: request.availableFrom,
    availableTo: request.availableTo,
    weeks: request.weeks,
    accommodation: request.accommodation,
    minorsWelcome: request.minorsWelcome,
    publishedAfter,
    sort: request.sort,
    page: request.page,
    perPage: request.perPage,
  };
}

/** Names of the places and fields some hits mention, for showing them in a language. */
export interface ReferenceNames {
  places: Map<string, { nameDe: string; nameFr: string; nameEn: string }>;
  fields: Map<string, { nameDe: string; nameFr: string; nameEn: string; sortOrder: number }>;
}

/** Looks up the names of the places and fields of these hits (the index stores keys). */
export async function referenceNamesFor(hits: { placeKey: string; fieldKeys: string[] }[]): Promise<ReferenceNames> {
  const placeKeys = [...new Set(hits.map((hit) => hit.placeKey))];
  const fieldKeys = [...new Set(hits.flatMap((hit) => hit.fieldKeys))];
  const [places, fields] = await Promise.all([
    placeKeys.length > 0
      ? db().place.findMany({
          where: { key: { in: placeKeys } },
          select: { key: true, nameDe: true, nameFr: true, nameEn: true },
        })
      : [],
    fieldKeys.length > 0
      ? db().occupationalField.findMany({
          where: { key: { in: fieldKeys } },
          select: { key: true, nameDe: true, nameFr: true, nameEn: true, sortOrder: true },
        })
      : [],
  ]);
  return {
    places: new Map(places.map((place) => [place.key, place])),
    fields: new Map(fields.map((field) => [field.key, field])),
  };
}
