import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import { decodeFacetKey } from "./facet-cells";
import { parseHighlight } from "./highlight";
import type { SearchHit } from "~/modules/search/search-index";

/** A row of the hit query (postgres-search-hits.ts): the narrow columns, the card and the marked titles. */
export interface HitRow {
  id: string;
  card: {
    number: number;
    titleDe: string | null;
    titleFr: string | null;
    companyName: string;
    fieldKeys: string[];
    placeKey: string;
    periods: SearchHit["periods"];
  };
  facet_key: number;
  latitude: number;
  longitude: number;
  min_weeks: number;
  max_weeks: number;
  published_at: Date;
  distance_km: number | null;
  marked_de: string | null;
  marked_fr: string | null;
}

export function toHit(row: HitRow): SearchHit {
  const facets = decodeFacetKey(row.facet_key, 1);
  return {
    id: row.id,
    number: row.card.number,
    titleDe: row.card.titleDe,
    titleFr: row.card.titleFr,
    highlight: {
      titleDe: row.marked_de === null ? null : parseHighlight(row.marked_de),
      titleFr: row.marked_fr === null ? null : parseHighlight(row.marked_fr),
    },
    companyName: row.card.companyName,
    fieldKeys: row.card.fieldKeys,
    placeKey: row.card.placeKey,
    country: facets.country,
    latitude: row.latitude,
    longitude: row.longitude,
    languageLevel: (CEFR_LEVELS[facets.level] ?? "A1") as CefrLevel,
    minWeeks: row.min_weeks,
    maxWeeks: row.max_weeks,
    accommodation: facets.accommodation,
    minorsWelcome: facets.minorsWelcome,
    periods: row.card.periods,
    publishedAt: row.published_at.toISOString(),
    distanceKm: row.distance_km === null ? null : Math.round(row.distance_km * 10) / 10,
  };
}
