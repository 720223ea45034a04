import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { isoDay } from "~/utils/calendar-days";
import { fieldBits } from "~/modules/reference/occupational-fields";
import { ACCOMMODATION_CODES, FACET_SHIFT } from "./facet-cells";
import { neededDays } from "~/modules/search/search-periods";
import { dayNumber } from "~/utils/calendar-days";
import type { FacetGroup, SearchQuery } from "~/modules/search/search-index";
import { typoDistance } from "~/modules/search/search-text";

/**
 * SQL pieces of a search, built from a SearchQuery with numbered parameters. Pure: the adapter
 * runs what comes out, tests read it. Values never enter the SQL text, only `$n` placeholders.
 */
export class SqlParams {
  readonly values: unknown[];
  /** Starting after the values of an earlier statement, whose SQL pieces this one reuses. */
  constructor(earlier: readonly unknown[] = []) {
    this.values = [...earlier];
  }
  add(value: unknown, cast = ""): string {
    this.values.push(value);
    return `$${this.values.length}${cast}`;
  }
}

/** What the word analysis (one query) found for a typed word. */
export interface WordAnalysis {
  word: string;
  /** A stop word in German or French ("der", "leur"): left out unless it is the only word. */
  stop: boolean;
  /** Indexed words within the allowed number of typos, when the word itself is not indexed; closest first. */
  corrections: string[];
  /** Words that mean the same (staff's synonyms), of the word or of its corrections. */
  synonyms: string[];
}

/** A row of ANALYSIS_SQL: the words that may be corrections, before their typos are counted. */
export interface AnalysisRow {
  word: string;
  stop: boolean;
  /** Indexed words near an unknown word, fewest edits by levenshtein first. */
  candidates: string[];
  /** Staff's synonyms of the word and of each candidate, by word. */
  synonyms: Record<string, string[]>;
}

/** At most this many corrections of a word are searched. */
const MAX_CORRECTIONS = 3;

/**
 * One query for all the words, with the typos allowed in each (`$2`). levenshtein counts two
 * neighbouring letters swapped as two edits, so the query fetches a handful of indexed words
 * within twice as many, and wordAnalysis keeps those within the allowed typos as Meilisearch
 * counts them (a word whose length differs by more cannot be). The trigram filter misses a swap
 * inside a short word ("hoetl" shares too few trigrams with "hotel"), so each word's swaps of
 * two neighbouring letters (`$3`, with the position of their word in `$4`) are looked up as
 * they are. OFFSET 0 keeps the candidates from being looked up twice, once more for the synonyms.
 */
export const ANALYSIS_SQL = `
  SELECT x.w AS word,
    (numnode(plainto_tsquery('search_de', x.w)) = 0 OR numnode(plainto_tsquery('search_fr', x.w)) = 0) AS stop,
    c.candidates,
    (SELECT coalesce(jsonb_object_agg(g.word, g.synonyms), '{}') FROM (
      SELECT s.word, jsonb_agg(s.synonym) AS synonyms FROM search_synonym s
      WHERE s.word = x.w OR s.word = ANY(c.candidates) GROUP BY s.word) g) AS synonyms
  FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS x(w, max_typos, ord)
  CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_word WHERE word = x.w) AS known) k
  CROSS JOIN LATERAL (
    SELECT CASE WHEN k.known OR x.max_typos = 0 THEN '{}'::text[] ELSE ARRAY(
      SELECT u.w FROM (
        (SELECT s.word FROM search_word s
         WHERE s.word % x.w AND abs(length(s.word) - length(x.w)) <= x.max_typos
           AND levenshtein(s.word, x.w) <= 2 * x.max_typos
         ORDER BY levenshtein(s.word, x.w), similarity(s.word, x.w) DESC, s.word LIMIT 10)
        UNION
        SELECT s.word FROM search_word s
        WHERE s.word IN (SELECT sw.v FROM unnest($3::text[], $4::int[]) AS sw(v, o) WHERE sw.o = x.ord)
      ) u(w)
      ORDER BY levenshtein(u.w, x.w), similarity(u.w, x.w) DESC, u.w) END AS candidates
    OFFSET 0
  ) c
  ORDER BY x.ord`;

/** A word's corrections: the candidates within `maxTypos`, closest first, at most three; and the synonyms of what is kept. */
export function wordAnalysis(row: AnalysisRow, maxTypos: number): WordAnalysis {
  const corrections = row.candidates
    .map((candidate) => ({ candidate, typos: typoDistance(candidate, row.word) }))
    .filter(({ typos }) => typos <= maxTypos)
    // A stable sort: among as many typos, the query's order (fewer levenshtein edits, more alike).
    .sort((a, b) => a.typos - b.typos)
    .slice(0, MAX_CORRECTIONS)
    .map(({ candidate }) => candidate);
  const synonyms = [row.word, ...corrections].flatMap((word) => row.synonyms[word] ?? []);
  return { word: row.word, stop: row.stop, corrections, synonyms: [...new Set(synonyms)] };
}

/** Words of a query as the text search will look for them (stop words out, unless nothing else is left). */
export function searchableWords(analysis: WordAnalysis[]): WordAnalysis[] {
  const content = analysis.filter((word) => !word.stop);
  return content.length > 0 ? content : analysis;
}

/**
 * The tsquery expression: every word must match (AND), each through any of its forms (OR): the
 * word stemmed as German, as French, as typed, its typo corrections and synonyms, and — for the
 * last word, which may still be being typed — any word it begins.
 */
export function tsQuerySql(words: WordAnalysis[], params: SqlParams): string | null {
  if (words.length === 0) return null;
  const terms = words.map((word, index) => {
    const forms = [word.word, ...word.corrections, ...word.synonyms].map((form) => {
      const value = params.add(form);
      return `plainto_tsquery('search_de', ${value}) || plainto_tsquery('search_fr', ${value}) || plainto_tsquery('search_simple', ${value})`;
    });
    if (index === words.length - 1 && /^[a-z0-9]+$/.test(word.word)) {
      forms.push(`to_tsquery('search_simple', ${params.add(`${word.word}:*`)})`);
    }
    return `(${forms.join(" || ")})`;
  });
  return `(${terms.join(" && ")})`;
}

export const distanceSql = (latitude: string, longitude: string) =>
  `(12742 * asin(sqrt(power(sin(radians(latitude - ${latitude}) / 2), 2) + cos(radians(${latitude})) * cos(radians(latitude)) * power(sin(radians(longitude - ${longitude}) / 2), 2))))`;

/**
 * The filters: `base` always applies; each facet group's own filter is kept apart (groupFilterSql),
 * so its facet can be counted without it (and with all the others).
 */
export function baseFilterSql(query: SearchQuery, params: SqlParams): string[] {
  return [...placeFilterSql(query, params), ...periodFilterSql(query, params), ...publishedFilterSql(query, params)];
}

/**
 * The base filters an index can narrow down (the place's box, the publication time): a text
 * search counts how few rows they keep before it decides what to read first.
 */
export function indexedFilterSql(query: SearchQuery, params: SqlParams): string[] {
  return [...placeFilterSql(query, params), ...publishedFilterSql(query, params)];
}

function placeFilterSql(query: SearchQuery, params: SqlParams): string[] {
  if (!query.near || query.near.radiusKm === null) return [];
  const { latitude, longitude, radiusKm } = query.near;
  const lat = params.add(latitude, "::float8");
  const lon = params.add(longitude, "::float8");
  const latDelta = radiusKm / 111;
  const lonDelta = radiusKm / (111 * Math.max(0.1, Math.cos((latitude * Math.PI) / 180)));
  // The box lets the (latitude, longitude) index narrow rows before the exact distance.
  return [
    `latitude BETWEEN ${params.add(latitude - latDelta, "::float8")} AND ${params.add(latitude + latDelta, "::float8")}`,
    `longitude BETWEEN ${params.add(longitude - lonDelta, "::float8")} AND ${params.add(longitude + lonDelta, "::float8")}`,
    `${distanceSql(lat, lon)} <= ${params.add(radiusKm, "::float8")}`,
  ];
}

function periodFilterSql(query: SearchQuery, params: SqlParams): string[] {
  const filters: string[] = [];
  if (query.availableFrom || query.availableTo) {
    filters.push(...windowFilterSql(query.availableFrom, query.availableTo, query.weeks, params));
  }
  if (query.weeks !== null) {
    const weeks = params.add(query.weeks, "::int");
    filters.push(`min_weeks <= ${weeks} AND max_weeks >= ${weeks}`);
  }
  return filters;
}

/**
 * Some period must overlap the window from `from` to `to` (inclusive ISO days, either may be
 * open) for the wanted duration, or the offer's minimum, less the two days of weekend grace the
 * offer editor allows (`min_days` holds that for the minimum). A period [s, e) (e the day after
 * its last) overlaps [F, T) by at least L days exactly when e - s, e - F, T - s and T - F are each
 * at least L. The first three periods are columns of plain dates; any more are looked at in a
 * subquery, which costs six times as much per offer.
 */
function windowFilterSql(from: string | null, to: string | null, weeks: number | null, params: SqlParams): string[] {
  const start = from ? params.add(from, "::date") : null;
  const end = to ? params.add(isoDay(dayNumber(to) + 1), "::date") : null;
  const days = weeks === null ? "min_days" : params.add(neededDays(weeks), "::int");
  const fits = (s: string, e: string) =>
    [
      `${e} - ${s} >= ${days}`,
      ...(start ? [`${e} >= ${start} + ${days}`] : []),
      ...(end ? [`${s} <= ${end} - ${days}`] : []),
    ].join(" AND ");
  const firstThree = ["first", "second", "third"].map((n) => `(${fits(`${n}_start`, `${n}_end`)})`);
  const later = `(later_starts IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(later_starts, later_ends) AS p(s, e) WHERE ${fits("p.s", "p.e")}))`;
  return [...(start && end ? [`${end} - ${start} >= ${days}`] : []), `(${[...firstThree, later].join(" OR ")})`];
}

function publishedFilterSql(query: SearchQuery, params: SqlParams): string[] {
  return query.publishedAfter ? [`published_at > ${params.add(query.publishedAfter, "::timestamptz")}`] : [];
}

/**
 * Each facet group's own filter, null when the query sets none (facet-cells.ts applies the same in
 * code). All of them read the packed `facet_key`, the one faceted column of the search table.
 */
export function groupFilterSql(query: SearchQuery, params: SqlParams): Record<FacetGroup, string | null> {
  const part = (shift: number, width: number) => `((facet_key >> ${shift}) & ${(1 << width) - 1})`;
  const accommodation = query.accommodation.map((kind) => ACCOMMODATION_CODES.indexOf(kind));
  return {
    fields: query.fields.length > 0 ? `facet_key & ${params.add(fieldBits(query.fields), "::int")} <> 0` : null,
    countries:
      query.countries.length > 0
        ? `${part(FACET_SHIFT.country, 1)} = ANY(${params.add(
            query.countries.map((country) => (country === "FR" ? 1 : 0)),
            "::int[]",
          )})`
        : null,
    levels: query.level
      ? `${part(FACET_SHIFT.level, 3)} <= ${params.add(CEFR_LEVELS.indexOf(query.level), "::int")}`
      : null,
    accommodation:
      accommodation.length > 0
        ? `${part(FACET_SHIFT.accommodation, 2)} = ANY(${params.add(accommodation, "::int[]")})`
        : null,
    minorsWelcome:
      query.minorsWelcome === null
        ? null
        : `${part(FACET_SHIFT.minors, 1)} = ${params.add(query.minorsWelcome ? 1 : 0, "::int")}`,
  };
}

/**
 * `(…) alias WHERE …`: the rows of `table` that meet `first`, and only then `then`. The OFFSET 0
 * fence keeps the planner from merging the two: it believes testing a row's text free, while it
 * reads the row's text vector out of line, so left to itself it would take the rows of a place's
 * box, or walk an index, and test the text of each. Pseudo-constant conditions (a segment that
 * has nothing left to do) may stand in `then`: they stop the scan before it starts.
 */
export function fencedRows(table: string, first: string[], then: string[], alias: string): string {
  return `(SELECT * FROM ${table} ${whereSql(first)} OFFSET 0) ${alias} ${whereSql(then)}`;
}

/** `WHERE a AND b …`, or nothing without conditions. */
export function whereSql(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
}

/**
 * A place or publication filter that keeps fewer rows than this is applied before the text, and
 * the text of those rows read (about 5 µs each); above it, the text's matches come first from the
 * GIN index (25 ms for a word in two offers of three, whatever the filters). Saved-search alerts
 * (offers of the last day) and small places around few offers are the first kind.
 */
export const FEW_ROWS = 1000;
