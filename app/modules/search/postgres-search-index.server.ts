import type { Database } from "~/utils/db.server";
import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import { MARK_END, MARK_START, parseHighlight } from "./highlight";
import {
  ADD_WORDS_SQL,
  offerTableDdl,
  TEXT_SEARCH_CONFIGS,
  upsertSql,
  WORD_AND_SYNONYM_DDL,
} from "./postgres-search-schema";
import {
  ANALYSIS_SQL,
  distanceSql,
  FACET_GROUPS,
  filterSql,
  searchableWords,
  SqlParams,
  tsQuerySql,
  type FacetGroup,
  type WordAnalysis,
} from "./postgres-search-sql";
import {
  EXACT_TOTAL_LIMIT,
  type SearchDocument,
  type SearchFacets,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from "./search-index";
import { allowedTypos, normalizeWord, queryWords } from "./search-text";

const LIVE = "search_offer";
const NEXT = "search_offer_next";

/**
 * The default search engine: PostgreSQL full-text search (ADR 8). Stemming in German and French
 * after unaccent, weighted fields, prefixes for the word being typed, typo tolerance through a
 * trigram-indexed word list, synonyms, facet counts and distances — all with what a stock
 * PostgreSQL 15 ships (unaccent, pg_trgm, fuzzystrmatch).
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = "postgres" as const;

  constructor(private readonly database: Database) {}

  async prepare(): Promise<void> {
    await this.database.$executeRawUnsafe(TEXT_SEARCH_CONFIGS);
    for (const sql of [...offerTableDdl(LIVE), ...WORD_AND_SYNONYM_DDL]) await this.database.$executeRawUnsafe(sql);
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.write(LIVE, documents);
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.database.$executeRawUnsafe(`DELETE FROM ${LIVE} WHERE id = ANY($1::uuid[])`, ids);
  }

  async setSynonyms(groups: string[][]): Promise<void> {
    const pairs = groups.flatMap((group) => {
      const words = [...new Set(group.map((word) => normalizeWord(word.trim())).filter(Boolean))];
      return words.flatMap((word) => words.filter((other) => other !== word).map((synonym) => ({ word, synonym })));
    });
    await this.database.$transaction([
      this.database.$executeRawUnsafe(`DELETE FROM search_synonym`),
      this.database.$executeRawUnsafe(
        `INSERT INTO search_synonym (word, synonym) SELECT word, synonym FROM jsonb_to_recordset($1::jsonb) AS p(word text, synonym text) ON CONFLICT DO NOTHING`,
        JSON.stringify(pairs),
      ),
    ]);
  }

  async rebuild(batches: AsyncIterable<SearchDocument[]>, onProgress?: (done: number) => void): Promise<void> {
    await this.database.$executeRawUnsafe(`DROP TABLE IF EXISTS ${NEXT}`);
    for (const sql of offerTableDdl(NEXT)) await this.database.$executeRawUnsafe(sql);
    let done = 0;
    for await (const batch of batches) {
      if (batch.length > 0) await this.write(NEXT, batch);
      done += batch.length;
      onProgress?.(done);
    }
    await this.database.$executeRawUnsafe(`ANALYZE ${NEXT}`);
    // One transaction: searches see the old table until the new one takes its name.
    await this.database.$transaction([
      this.database.$executeRawUnsafe(`DROP TABLE IF EXISTS ${LIVE}`),
      this.database.$executeRawUnsafe(`ALTER TABLE ${NEXT} RENAME TO ${LIVE}`),
      ...["doc", "fields", "published", "start", "geo"].map((index) =>
        this.database.$executeRawUnsafe(`ALTER INDEX ${NEXT}_${index}_idx RENAME TO ${LIVE}_${index}_idx`),
      ),
      this.database.$executeRawUnsafe(`ALTER INDEX ${NEXT}_pkey RENAME TO ${LIVE}_pkey`),
    ]);
  }

  async isAvailable(): Promise<boolean> {
    try {
      await this.database.$queryRawUnsafe(`SELECT 1 FROM ${LIVE} LIMIT 1`);
      return true;
    } catch {
      return false;
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const analysis = await this.analyse(query.text);
    const words = searchableWords(analysis);
    const params = new SqlParams();
    const tsQuery = tsQuerySql(words, params);
    const { base, groups } = filterSql(query, params);
    const match = tsQuery ? [`doc @@ q.query`] : [];
    const from = `${LIVE} CROSS JOIN (SELECT ${tsQuery ?? "NULL::tsquery"} AS query) q`;
    const where = (extra: (string | null)[]) => {
      const all = [...match, ...base, ...extra].filter((part): part is string => part !== null);
      return all.length > 0 ? `WHERE ${all.join(" AND ")}` : "";
    };
    const [facetRows, hitRows] = await Promise.all([
      this.database.$queryRawUnsafe<FacetRow[]>(facetSql(from, where([]), groups), ...params.values),
      this.hits(query, from, where(Object.values(groups)), tsQuery !== null, params),
    ]);
    const facets = toFacets(facetRows);
    const count = facetRows.find((row) => row.facet === "total")?.count ?? 0;
    return {
      total: Math.min(Number(count), EXACT_TOTAL_LIMIT),
      totalIsExact: Number(count) <= EXACT_TOTAL_LIMIT,
      page: query.page,
      perPage: query.perPage,
      hits: hitRows.map(toHit),
      facets,
      suggestion: suggestionOf(query.text, analysis),
    };
  }

  private async analyse(text: string): Promise<WordAnalysis[]> {
    const words = queryWords(text);
    if (words.length === 0) return [];
    return this.database.$queryRawUnsafe<WordAnalysis[]>(ANALYSIS_SQL, words, words.map(allowedTypos));
  }

  private hits(query: SearchQuery, from: string, where: string, hasText: boolean, params: SqlParams) {
    const near = query.near;
    const distance = near
      ? distanceSql(params.add(near.latitude, "::float8"), params.add(near.longitude, "::float8"))
      : "NULL::float8";
    const order = {
      relevance: hasText ? "ts_rank(doc, q.query, 1) DESC, published_at DESC" : "published_at DESC",
      newest: "published_at DESC",
      start: "first_start ASC NULLS LAST",
      distance: near ? `${distance} ASC` : "published_at DESC",
    }[query.sort];
    const headline = (column: string, config: string) =>
      hasText
        ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ts_headline('${config}', ${column}, q.query,
            'StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true') END`
        : column;
    const limit = params.add(query.perPage, "::int");
    const offset = params.add((query.page - 1) * query.perPage, "::int");
    // ts_headline is costly, so PostgreSQL runs it only for the rows that survive the LIMIT.
    return this.database.$queryRawUnsafe<HitRow[]>(
      `SELECT id::text, number, title_de, title_fr, company_name, field_keys, place_key, country, latitude, longitude,
         level, min_weeks, max_weeks, accommodation, minors_welcome, periods, published_at,
         ${distance} AS distance_km,
         ${headline("title_de", "search_de")} AS marked_de, ${headline("title_fr", "search_fr")} AS marked_fr
       FROM ${from} ${where}
       ORDER BY ${order}, id LIMIT ${limit} OFFSET ${offset}`,
      ...params.values,
    );
  }

  private async write(table: string, documents: SearchDocument[]): Promise<void> {
    const rows = documents.map((document) => ({
      ...document,
      level: CEFR_LEVELS.indexOf(document.languageLevel),
      fieldText: document.fieldNames.join(" "),
      placeText: `${document.placeNameDe} ${document.placeNameFr}`,
    }));
    const texts = documents.flatMap((document) => [
      document.titleDe ?? "",
      document.titleFr ?? "",
      document.descriptionDe ?? "",
      document.descriptionFr ?? "",
      document.fieldNames.join(" "),
      document.companyName,
    ]);
    await this.database.$transaction([
      this.database.$executeRawUnsafe(upsertSql(table), JSON.stringify(rows)),
      this.database.$executeRawUnsafe(ADD_WORDS_SQL, JSON.stringify(texts)),
    ]);
  }
}

interface FacetRow {
  facet: FacetGroup | "total";
  value: string;
  count: bigint | number;
}

interface HitRow {
  id: string;
  number: number;
  title_de: string | null;
  title_fr: string | null;
  company_name: string;
  field_keys: string[];
  place_key: string;
  country: "DE" | "FR";
  latitude: number;
  longitude: number;
  level: number;
  min_weeks: number;
  max_weeks: number;
  accommodation: SearchHit["accommodation"];
  minors_welcome: boolean;
  periods: SearchHit["periods"];
  published_at: Date;
  distance_km: number | null;
  marked_de: string | null;
  marked_fr: string | null;
}

/**
 * One pass over the rows that match the text and the base filters, counting each facet with
 * all other groups' filters applied and the total with all of them.
 */
function facetSql(from: string, baseWhere: string, groups: Record<FacetGroup, string | null>): string {
  const flag = (group: FacetGroup) => `(${groups[group] ?? "TRUE"}) AS f_${group}`;
  const others = (group: FacetGroup | null) =>
    FACET_GROUPS.filter((other) => other !== group)
      .map((other) => `f_${other}`)
      .join(" AND ");
  return `
    WITH m AS MATERIALIZED (
      SELECT field_keys, country, level, accommodation, minors_welcome, ${FACET_GROUPS.map(flag).join(", ")}
      FROM ${from} ${baseWhere}
    )
    SELECT 'fields' AS facet, k AS value, count(*) AS count FROM m, unnest(field_keys) AS k WHERE ${others("fields")} GROUP BY k
    UNION ALL SELECT 'countries', country, count(*) FROM m WHERE ${others("countries")} GROUP BY country
    UNION ALL SELECT 'levels', level::text, count(*) FROM m WHERE ${others("levels")} GROUP BY level
    UNION ALL SELECT 'accommodation', accommodation, count(*) FROM m WHERE ${others("accommodation")} GROUP BY accommodation
    UNION ALL SELECT 'minorsWelcome', minors_welcome::text, count(*) FROM m WHERE ${others("minorsWelcome")} GROUP BY minors_welcome
    UNION ALL SELECT 'total', '', count(*) FROM m WHERE ${others(null)}`;
}

function toFacets(rows: FacetRow[]): SearchFacets {
  const facets: SearchFacets = {
    fields: {},
    countries: {},
    levels: {},
    accommodation: {},
    minorsWelcome: { yes: 0, no: 0 },
  };
  for (const row of rows) {
    const count = Number(row.count);
    if (row.facet === "fields") facets.fields[row.value] = count;
    if (row.facet === "countries") facets.countries[row.value] = count;
    if (row.facet === "levels") facets.levels[CEFR_LEVELS[Number(row.value)] ?? row.value] = count;
    if (row.facet === "accommodation") facets.accommodation[row.value] = count;
    if (row.facet === "minorsWelcome") facets.minorsWelcome[row.value === "true" ? "yes" : "no"] = count;
  }
  return facets;
}

function toHit(row: HitRow): SearchHit {
  return {
    id: row.id,
    number: row.number,
    titleDe: row.title_de,
    titleFr: row.title_fr,
    highlight: {
      titleDe: row.marked_de === null ? null : parseHighlight(row.marked_de),
      titleFr: row.marked_fr === null ? null : parseHighlight(row.marked_fr),
    },
    companyName: row.company_name,
    fieldKeys: row.field_keys,
    placeKey: row.place_key,
    country: row.country,
    latitude: row.latitude,
    longitude: row.longitude,
    languageLevel: (CEFR_LEVELS[row.level] ?? "A1") as CefrLevel,
    minWeeks: row.min_weeks,
    maxWeeks: row.max_weeks,
    accommodation: row.accommodation,
    minorsWelcome: row.minors_welcome,
    periods: row.periods,
    publishedAt: row.published_at.toISOString(),
    distanceKm: row.distance_km === null ? null : Math.round(row.distance_km * 10) / 10,
  };
}

/** "Did you mean": the typed text with each unknown word replaced by its closest indexed word. */
function suggestionOf(text: string, analysis: WordAnalysis[]): string | null {
  let changed = false;
  const words = analysis.map((word) => {
    const best = word.corrections[0];
    if (!best) return word.word;
    changed = true;
    return best;
  });
  return changed && text.trim() !== "" ? words.join(" ") : null;
}
