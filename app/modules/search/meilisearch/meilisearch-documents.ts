import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import { haversineKm } from "~/modules/reference/geo";
import type { Highlighted, SearchDocument, SearchHit, SearchQuery } from "~/modules/search/search-index";
import { availabilityRanges, neededDays } from "~/modules/search/search-periods";

/**
 * How an offer looks inside Meilisearch, and back. Pure.
 *
 * One offer becomes one document per availability range (ids `<offerId>_<index>`, at least one
 * document even without periods). Meilisearch tests each condition on an array separately, so
 * "a period starting before X and ending after Y" cannot be asked of arrays of starts and ends:
 * it would accept one period starting early and another ending late. With one range per
 * document the conditions apply to the same range, and `distinctAttribute: "offerId"` folds the
 * documents back into one hit per offer (totals and facet counts are counted after that fold when
 * pagination is exhaustive, which page/hitsPerPage always is).
 *
 * A range is a period, or several that overlap or follow each other without a gap: a student can
 * stay across two back-to-back periods (the PostgreSQL adapter merges them the same way).
 */
export interface MeiliOfferDocument extends Omit<SearchDocument, "id" | "latitude" | "longitude"> {
  /** `<offerId>_<index>`: one document per availability range. */
  id: string;
  offerId: string;
  periodIndex: number;
  _geo: { lat: number; lng: number };
  /** 0 (A1) … 5 (C2), so "at most my level" is one comparison. */
  levelRank: number;
  publishedAtMs: number;
  /** Day number of the offer's earliest period start (sort "earliest start"); absent without periods. */
  firstStartDay?: number;
  // The availability range this document stands for (absent when the offer has no periods):
  periodStartDay?: number;
  periodEndDay?: number;
  /** Length in days, both ends included. */
  periodDays?: number;
  /** The latest window start that still leaves the offer's minimum duration inside this range. */
  periodLatestFromDay?: number;
  /** The earliest window end that already holds the offer's minimum duration of this range. */
  periodEarliestToDay?: number;
  /** Whether the range is long enough for the offer's minimum duration. */
  periodFitsMinimum?: boolean;
}

export function levelRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level);
}

export function documentId(offerId: string, periodIndex: number): string {
  return `${offerId}_${periodIndex}`;
}

/** How many Meilisearch documents an offer occupies. */
export function documentCount(document: SearchDocument): number {
  return Math.max(1, availabilityRanges(document.periods).length);
}

export function toMeiliDocuments(document: SearchDocument): MeiliOfferDocument[] {
  const ranges = availabilityRanges(document.periods);
  const offer: Omit<MeiliOfferDocument, "id" | "periodIndex"> = {
    offerId: document.id,
    number: document.number,
    titleDe: document.titleDe,
    titleFr: document.titleFr,
    descriptionDe: document.descriptionDe,
    descriptionFr: document.descriptionFr,
    companyName: document.companyName,
    fieldKeys: document.fieldKeys,
    fieldNames: document.fieldNames,
    placeKey: document.placeKey,
    placeNameDe: document.placeNameDe,
    placeNameFr: document.placeNameFr,
    country: document.country,
    _geo: { lat: document.latitude, lng: document.longitude },
    languageLevel: document.languageLevel,
    levelRank: levelRank(document.languageLevel),
    minWeeks: document.minWeeks,
    maxWeeks: document.maxWeeks,
    accommodation: document.accommodation,
    minorsWelcome: document.minorsWelcome,
    minAge: document.minAge,
    periods: document.periods,
    publishedAt: document.publishedAt,
    publishedAtMs: Date.parse(document.publishedAt),
    ...(ranges[0] ? { firstStartDay: ranges[0].start } : {}),
  };
  if (ranges.length === 0) return [{ id: documentId(document.id, 0), periodIndex: 0, ...offer }];

  const minimum = neededDays(document.minWeeks);
  return ranges.map(({ start, end }, index) => {
    const days = end - start + 1;
    return {
      id: documentId(document.id, index),
      periodIndex: index,
      ...offer,
      periodStartDay: start,
      periodEndDay: end,
      periodDays: days,
      periodLatestFromDay: end - minimum + 1,
      periodEarliestToDay: start + minimum - 1,
      periodFitsMinimum: days >= minimum,
    };
  });
}

/** Marks Meilisearch puts around matched words; private-use characters never occur in offers. */
export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";

/** Turns Meilisearch's marked-up text into segments; no HTML ever leaves this function. */
export function parseHighlighted(marked: string): Highlighted {
  const segments: Highlighted = [];
  const push = (text: string, match: boolean) => {
    if (text === "") return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  let match = false;
  let rest = marked;
  while (rest !== "") {
    const marker = match ? HIGHLIGHT_POST : HIGHLIGHT_PRE;
    const at = rest.indexOf(marker);
    if (at === -1) {
      push(rest.replaceAll(HIGHLIGHT_PRE, "").replaceAll(HIGHLIGHT_POST, ""), match);
      break;
    }
    push(rest.slice(0, at), match);
    rest = rest.slice(at + marker.length);
    match = !match;
  }
  return segments;
}

function highlightOf(plain: string | null, formatted: unknown): Highlighted | null {
  if (plain === null) return null;
  return parseHighlighted(typeof formatted === "string" ? formatted : plain);
}

export type MeiliHit = MeiliOfferDocument & { _formatted?: Partial<Record<keyof MeiliOfferDocument, unknown>> };

/** Attributes a result page needs; descriptions and period internals stay on the server. */
export const RETRIEVED_ATTRIBUTES = [
  "offerId",
  "number",
  "titleDe",
  "titleFr",
  "companyName",
  "fieldKeys",
  "placeKey",
  "country",
  "_geo",
  "languageLevel",
  "minWeeks",
  "maxWeeks",
  "accommodation",
  "minorsWelcome",
  "periods",
  "publishedAt",
] as const satisfies readonly (keyof MeiliOfferDocument)[];

export function toSearchHit(hit: MeiliHit, near: SearchQuery["near"]): SearchHit {
  const position = { latitude: hit._geo.lat, longitude: hit._geo.lng };
  return {
    id: hit.offerId,
    number: hit.number,
    titleDe: hit.titleDe,
    titleFr: hit.titleFr,
    highlight: {
      titleDe: highlightOf(hit.titleDe, hit._formatted?.titleDe),
      titleFr: highlightOf(hit.titleFr, hit._formatted?.titleFr),
    },
    companyName: hit.companyName,
    fieldKeys: hit.fieldKeys,
    placeKey: hit.placeKey,
    country: hit.country,
    ...position,
    languageLevel: hit.languageLevel,
    minWeeks: hit.minWeeks,
    maxWeeks: hit.maxWeeks,
    accommodation: hit.accommodation,
    minorsWelcome: hit.minorsWelcome,
    periods: hit.periods,
    publishedAt: hit.publishedAt,
    // Computed here rather than read from `_geoDistance`, which Meilisearch only returns when
    // sorting by distance; a relevance-sorted list near a place shows distances too.
    distanceKm: near ? haversineKm(near, position) : null,
  };
}
