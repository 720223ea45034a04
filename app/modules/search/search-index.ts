import type { CefrLevel } from "~/modules/reference/cefr";

/**
 * The search port: what the offer search needs from an index, whichever engine holds it. Two
 * adapters implement it — PostgreSQL full-text search (the default) and Meilisearch (when
 * MEILISEARCH_URL is set) — and both pass the same contract tests (search-contract.ts).
 * Pure types and constants; no I/O here.
 */
export type Country = "DE" | "FR";
export type AccommodationKind = "NONE" | "HELP_FINDING" | "PROVIDED";
export const SORTS = ["relevance", "newest", "start", "distance"] as const;
export type SearchSort = (typeof SORTS)[number];

/** Exact totals up to this many hits; beyond it, "1,000+". Both engines stop counting here. */
export const EXACT_TOTAL_LIMIT = 1000;
export const MAX_PER_PAGE = 50;

/** One public offer as the index stores it: what search filters, ranks and shows. */
export interface SearchDocument {
  id: string;
  number: number;
  titleDe: string | null;
  titleFr: string | null;
  descriptionDe: string | null;
  descriptionFr: string | null;
  companyName: string;
  fieldKeys: string[];
  /** Names of the fields in German and French, searchable in both languages. */
  fieldNames: string[];
  placeKey: string;
  placeNameDe: string;
  placeNameFr: string;
  country: Country;
  latitude: number;
  longitude: number;
  /** Required level in the host country's language. */
  languageLevel: CefrLevel;
  minWeeks: number;
  maxWeeks: number;
  accommodation: AccommodationKind;
  minorsWelcome: boolean;
  minAge: number;
  /** ISO days, inclusive. */
  periods: { startsOn: string; endsOn: string; places: number }[];
  publishedAt: string;
}

export interface SearchQuery {
  /** Free text in German or French; "" lists everything that passes the filters. */
  text: string;
  /** Any of these occupational fields. */
  fields: string[];
  countries: Country[];
  /** Around a point (a place's coordinates), within this many kilometres. */
  near: { latitude: number; longitude: number; radiusKm: number | null } | null;
  /** The reader's level: offers that require at most this. */
  level: CefrLevel | null;
  /** Available between two ISO days: some period overlaps the window for at least `weeks` (or the offer's minimum). */
  availableFrom: string | null;
  availableTo: string | null;
  /** The duration the student wants, in weeks: between the offer's minimum and maximum. */
  weeks: number | null;
  accommodation: AccommodationKind[];
  minorsWelcome: boolean | null;
  /** Only offers published after this instant (ISO), for saved-search alerts. */
  publishedAfter: string | null;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  perPage: number;
}

/** A piece of highlighted text: the words that matched are marked, the rest is plain. */
export type Highlighted = { text: string; match: boolean }[];

export interface SearchHit {
  id: string;
  number: number;
  titleDe: string | null;
  titleFr: string | null;
  /** The titles with matched words marked (null when that language has no title). */
  highlight: { titleDe: Highlighted | null; titleFr: Highlighted | null };
  companyName: string;
  fieldKeys: string[];
  placeKey: string;
  country: Country;
  latitude: number;
  longitude: number;
  languageLevel: CefrLevel;
  minWeeks: number;
  maxWeeks: number;
  accommodation: AccommodationKind;
  minorsWelcome: boolean;
  periods: { startsOn: string; endsOn: string; places: number }[];
  publishedAt: string;
  /** Kilometres from `near`, when the query had one. */
  distanceKm: number | null;
}

/**
 * Counts per value of each filter. Each facet is counted with every other filter applied but not
 * its own, so selecting one field still shows how many offers the other fields would add.
 */
export interface SearchFacets {
  fields: Record<string, number>;
  countries: Record<string, number>;
  levels: Record<string, number>;
  accommodation: Record<string, number>;
  minorsWelcome: { yes: number; no: number };
}

/** The filters that have facets, in the order both engines count them. */
export const FACET_GROUPS = ["fields", "countries", "levels", "accommodation", "minorsWelcome"] as const;
export type FacetGroup = (typeof FACET_GROUPS)[number] & keyof SearchFacets;

export interface SearchResult {
  total: number;
  totalIsExact: boolean;
  page: number;
  perPage: number;
  hits: SearchHit[];
  facets: SearchFacets;
}

export interface SearchIndex {
  readonly engine: "postgres" | "meilisearch";
  /** Creates what the index needs (settings, tables) if missing. Safe to call at every start. */
  prepare(): Promise<void>;
  /** Adds or replaces documents by id. */
  upsert(documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** Groups of words that mean the same (e.g. ["Koch", "cuisinier"]); replaces all groups. */
  setSynonyms(groups: string[][]): Promise<void>;
  /**
   * Builds a fresh index from the batches and swaps it in at once: searches see the old index
   * until the new one is complete. `onProgress` gets the number of documents written so far.
   */
  rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress?: (done: number) => void): Promise<void>;
  /**
   * Documents in the live index (0 when there is none): one per offer on PostgreSQL, one per
   * hosting period on Meilisearch — so a complete index holds at least one per public offer.
   */
  documentCount(): Promise<number>;
  /** Whether the engine answers right now. */
  isAvailable(): Promise<boolean>;
}

export const EMPTY_QUERY: SearchQuery = {
  text: "",
  fields: [],
  countries: [],
  near: null,
  level: null,
  availableFrom: null,
  availableTo: null,
  weeks: null,
  accommodation: [],
  minorsWelcome: null,
  publishedAfter: null,
  sort: "relevance",
  page: 1,
  perPage: 20,
};
