import type { Database } from "~/utils/db.server";
import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import { FIELD_KEYS, fieldBits, OCCUPATIONAL_FIELDS } from "~/modules/reference/occupational-fields";
import { countFacets, decodeFacetKey, encodeFacetKey, parseFacetCells } from "./facet-cells";
import { MARK_END, MARK_START, parseHighlight } from "./highlight";
import {
  ADD_WORDS_SQL,
  DROP_OTHER_LAYOUT_SQL,
  OFFER_INDEXES,
  offerIndexDdl,
  offerTableDdl,
  TEXT_SEARCH_CONFIGS,
  upsertSql,
  WORD_AND_SYNONYM_DDL,
} from "./postgres-search-schema";
import {
  ANALYSIS_SQL,
  distanceSql,
  baseFilterSql,
  groupFilterSql,
  searchableWords,
  SqlParams,
  tsQuerySql,
  type WordAnalysis,
} from "./postgres-search-sql";
import {
  EXACT_TOTAL_LIMIT,
  type SearchDocument,
  type SearchHit,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from "./search-index";
import { allowedTypos, normalizeWord, queryWords } from "./search-text";

const LIVE = "search_offer";

/**
 * Relevance in tiers, without reading any match's text (ranking tens of thousands of matches by
 * their text would take far too long): title matches first, then offers whose occupational field
 * the words name, then matches in the description, then in the company's name; the newest first
 * within a tier. The title and company matches come from their own GIN indexes, each as one hashed
 * set of ids; `q.fields` holds the bits of the fields the query names.
 */
const rankSql = (tsQuery: string) => `(CASE
  WHEN id IN (SELECT id FROM ${LIVE} WHERE head @@ ${tsQuery}) THEN 0
  WHEN facet_key & q.fields <> 0 THEN 1
  WHEN id IN (SELECT id FROM ${LIVE} WHERE company @@ ${tsQuery}) THEN 3
  ELSE 2 END)`;

/** German and French names of the occupational fields, in FIELD_KEYS order, to find the fields a query names. */
const FIELD_NAMES = FIELD_KEYS.map((key) => {
  const field = OCCUPATIONAL_FIELDS.find((candidate) => candidate.key === key);
  return field ? `${field.de} ${field.fr}` : key;
});
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
    await this.database.$executeRawUnsafe(DROP_OTHER_LAYOUT_SQL);
    for (const sql of [...offerTableDdl(LIVE), ...offerIndexDdl(LIVE), ...WORD_AND_SYNONYM_DDL]) {
      await this.database.$executeRawUnsafe(sql);
    }
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
      // Synonyms join the word list, so a typo in a word that only a synonym knows is forgiven too.
      this.database.$executeRawUnsafe(ADD_WORDS_SQL, JSON.stringify(groups.flat())),
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
    for (const sql of offerIndexDdl(NEXT)) await this.database.$executeRawUnsafe(sql);
    // VACUUM too: the visibility map lets facet counts read the facet index alone.
    await this.database.$executeRawUnsafe(`VACUUM ANALYZE ${NEXT}`);
    // One transaction: searches see the old table until the new one takes its name.
    await this.database.$transaction([
      this.database.$executeRawUnsafe(`DROP TABLE IF EXISTS ${LIVE}`),
      this.database.$executeRawUnsafe(`ALTER TABLE ${NEXT} RENAME TO ${LIVE}`),
      ...OFFER_INDEXES.map((index) =>
        this.database.$executeRawUnsafe(`ALTER INDEX ${NEXT}_${index}_idx RENAME TO ${LIVE}_${index}_idx`),
      ),
      this.database.$executeRawUnsafe(`ALTER INDEX ${NEXT}_pkey RENAME TO ${LIVE}_pkey`),
    ]);
  }

  /** True when the live table holds no offer (a first start, a restored backup). */
  async isEmpty(): Promise<boolean> {
    const rows = await this.database.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${LIVE} LIMIT 1`);
    return rows.length === 0;
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
    const base = baseFilterSql(query, params);
    const match = tsQuery ? [`doc @@ q.query`] : [];
    const fieldMask = tsQuery
      ? `(SELECT coalesce(bit_or(1 << (n.i - 1)::int), 0) FROM unnest(${params.add(FIELD_NAMES, "::text[]")})
           WITH ORDINALITY AS n(name, i)
           WHERE (to_tsvector('search_de', n.name) || to_tsvector('search_fr', n.name)) @@ x.query)`
      : "0";
    const from = `${LIVE} CROSS JOIN (SELECT x.query, ${fieldMask} AS fields FROM (SELECT ${tsQuery ?? "NULL::tsquery"} AS query) x) q`;
    const where = (extra: (string | null)[]) => {
      const all = [...match, ...base, ...extra].filter((part): part is string => part !== null);
      return all.length > 0 ? `WHERE ${all.join(" AND ")}` : "";
    };
    // The facet query uses the parameters so far; the groups' filters and the hit query add theirs after them.
    const facetValues = [...params.values];
    const groups = groupFilterSql(query, params);
    const hits = this.hitsSql(query, from, where(Object.values(groups)), tsQuery, params);
    // PostgreSQL's planner does not count the cost of reading large text vectors stored out of
    // line, so for a common word it would pick a sequential scan that reads every one of them;
    // the GIN index answers without reading any. JIT compiling costs more than these queries.
    // Facets and hits run at the same time, on two connections.
    // With text, the two queries already use both cores; parallel workers would only compete.
    // Facets group sorted rows: hashing ten thousand cells was slower (npm run bench:search).
    // One statement for all the settings: each statement is a round trip.
    const settings = (grouping: "sort" | "any") => [
      this.database.$queryRawUnsafe(
        `SELECT set_config('enable_seqscan', $1, true), set_config('jit', 'off', true),
           set_config('max_parallel_workers_per_gather', $2, true), set_config('work_mem', '32MB', true),
           set_config('enable_hashagg', $3, true)`,
        tsQuery ? "off" : "on",
        tsQuery ? "0" : "2",
        grouping === "sort" ? "off" : "on",
      ),
    ];
    const [facetRows, hitRows] = await Promise.all([
      this.database
        .$transaction([
          ...settings("sort"),
          this.database.$queryRawUnsafe<{ cells: string }[]>(
            facetSql(from, where([]), tsQuery !== null),
            ...facetValues,
          ),
        ])
        .then((results) => results.at(-1) as { cells: string }[]),
      this.database
        .$transaction([...settings("any"), this.database.$queryRawUnsafe<HitRow[]>(hits, ...params.values)])
        .then((results) => results.at(-1) as HitRow[]),
    ]);
    const { total: count, facets } = countFacets(parseFacetCells(facetRows[0]?.cells ?? ""), query);
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

  private hitsSql(query: SearchQuery, from: string, where: string, tsQuery: string | null, params: SqlParams): string {
    const hasText = tsQuery !== null;
    const near = query.near;
    const distance = near
      ? distanceSql(params.add(near.latitude, "::float8"), params.add(near.longitude, "::float8"))
      : "NULL::float8";
    // Sort keys are computed in the inner query, which picks the page's ids; the outer query
    // orders those twenty again by the same keys.
    const keys = {
      relevance: tsQuery ? [`${rankSql(tsQuery)} AS k1`, "published_at AS k2"] : ["0 AS k1", "published_at AS k2"],
      newest: ["0 AS k1", "published_at AS k2"],
      start: ["first_start AS k1", "NULL::timestamptz AS k2"],
      distance: near ? [`${distance} AS k1`, "NULL::timestamptz AS k2"] : ["0 AS k1", "published_at AS k2"],
    }[query.sort];
    const order = "k1 ASC NULLS LAST, k2 DESC, id";
    const headline = (column: string, config: string) =>
      hasText
        ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ts_headline('${config}', ${column}, page.query,
            'StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true') END`
        : column;
    const limit = params.add(query.perPage, "::int");
    const offset = params.add((query.page - 1) * query.perPage, "::int");
    // Only the page's rows read their card (stored out of line) and get their titles marked.
    return `WITH page AS (
         SELECT id, ${keys.join(", ")}, ${distance} AS distance_km, q.query FROM ${from} ${where}
         ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}
       )
       SELECT o.id::text, o.card, o.facet_key, o.latitude, o.longitude, o.min_weeks, o.max_weeks,
         o.published_at, page.distance_km,
         ${headline("o.card->>'titleDe'", "search_de")} AS marked_de, ${headline("o.card->>'titleFr'", "search_fr")} AS marked_fr
       FROM page JOIN ${LIVE} o ON o.id = page.id
       ORDER BY page.k1 ASC NULLS LAST, page.k2 DESC, page.id`;
  }

  private async write(table: string, documents: SearchDocument[]): Promise<void> {
    const rows = documents.map((document) => ({
      ...document,
      facetKey: encodeFacetKey({
        fieldBits: fieldBits(document.fieldKeys),
        country: document.country,
        level: CEFR_LEVELS.indexOf(document.languageLevel),
        accommodation: document.accommodation,
        minorsWelcome: document.minorsWelcome,
      }),
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

interface HitRow {
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

/**
 * The matching offers (text and base filters; the facet groups' own filters are applied in
 * countFacets) grouped by their packed facet values, as one line of "key count" pairs.
 */
function facetSql(from: string, baseWhere: string, hasText: boolean): string {
  // With text, the matches come from the GIN index first (OFFSET 0 keeps the planner from walking
  // the facet index in order and testing every row's text instead); without, the facet index
  // alone answers.
  const rows = hasText ? `(SELECT facet_key FROM ${from} ${baseWhere} OFFSET 0) matched` : `${from} ${baseWhere}`;
  return `SELECT coalesce(string_agg(cell.key::text || ' ' || cell.n::text, ','), '') AS cells
    FROM (SELECT facet_key AS key, count(*) AS n FROM ${rows} GROUP BY facet_key) cell`;
}

function toHit(row: HitRow): SearchHit {
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
