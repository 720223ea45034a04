import type { Database } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { FIELD_KEYS, fieldBits, OCCUPATIONAL_FIELDS } from "~/modules/reference/occupational-fields";
import { countFacets, countInFields, encodeFacetKey, parseFacetCells } from "./facet-cells";
import { calibrate, estimatesSql, type MatchEstimates, parseEstimates } from "./postgres-search-estimates";
import { hitsSql, type MatchCounts, WALK_POLICY, type WalkPolicy } from "./postgres-search-hits";
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
import { isoDay } from "~/utils/calendar-days";
import { availabilityRanges, neededDays } from "~/modules/search/search-periods";
import { facetSql, type FacetRow } from "./postgres-search-facets";
import { type HitRow, toHit } from "./postgres-search-hit-row";
import { analyseWords, suggestionOf } from "./postgres-search-words.server";
import {
  baseFilterSql,
  FEW_ROWS,
  indexedFilterSql,
  groupFilterSql,
  searchableWords,
  SqlParams,
  tsQuerySql,
  type WordAnalysis,
} from "./postgres-search-sql";
import {
  EXACT_TOTAL_LIMIT,
  type SearchDocument,
  type SearchIndex,
  type SearchQuery,
  type SearchFacets,
  type SearchResult,
} from "~/modules/search/search-index";
import { suggestionReach, synonymKey } from "~/modules/search/search-text";

const LIVE = "search_offer";

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

  private readonly walk: WalkPolicy;
  private readonly fewRows: number;

  /**
   * `walk`: when a hit query walks an index in order rather than gathering its matches
   * (postgres-search-hits.ts); `fewRows`: below how many rows the place and publication filters
   * are applied before the text (FEW_ROWS). Tests force each way.
   */
  constructor(
    private readonly database: Database,
    options: { walk?: WalkPolicy; fewRows?: number } = {},
  ) {
    this.walk = options.walk ?? WALK_POLICY;
    this.fewRows = options.fewRows ?? FEW_ROWS;
  }

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
      // Terms of several words ("mécanicien automobile", "Kfz-Mechatroniker") as the query's words
      // come out of typedWords, so that analyseWords() can find them as a run.
      const words = [...new Set(group.map(synonymKey).filter(Boolean))];
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

  async documentCount(): Promise<number> {
    const [row] = await this.database.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${LIVE}`);
    return row?.n ?? 0;
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
    const analysis = await analyseWords(this.database, query.text);
    // The facet query builds the tsquery from the words and returns it as text; the hit query
    // takes that as one parameter (planning it again in each of its segments took longer than
    // running them). Each statement numbers its own parameters and must use every one.
    const params = new SqlParams();
    const words = searchableWords(analysis);
    const tsQuery = tsQuerySql(words, params);
    const filters = baseFilterSql(query, params);
    const namedFields = tsQuery
      ? `(SELECT coalesce(bit_or(1 << (n.i - 1)::int), 0) FROM unnest(${params.add(FIELD_NAMES, "::text[]")})
           WITH ORDINALITY AS n(name, i)
           WHERE (to_tsvector('search_de', n.name) || to_tsvector('search_fr', n.name)) @@ ${tsQuery})`
      : "0";
    // (Only with text: a statement must use every parameter it is given.)
    const indexed = tsQuery ? indexedFilterSql(query, params) : [];
    const facetSqlText = facetSql({
      table: LIVE,
      tsQuery,
      filters,
      indexed,
      namedFields,
      fewRows: this.fewRows,
      params,
    });
    const facetQuery = { sql: facetSqlText, values: params.values };
    const hitQuery = (facets: FacetAnswer | null) => {
      const hitParams = new SqlParams();
      // An empty tsquery (only stop words in a language) matches nothing, in both statements.
      const text = facets && facets.tsQuery !== null ? hitParams.add(facets.tsQuery, "::tsquery") : null;
      const base = baseFilterSql(query, hitParams);
      const groups = Object.values(groupFilterSql(query, hitParams)).filter((part): part is string => part !== null);
      const sql = hitsSql({
        table: LIVE,
        query,
        tsQuery: text,
        base,
        groups,
        namedFields: facets?.namedFields ?? 0,
        counts: facets?.counts ?? null,
        walk: this.walk,
        params: hitParams,
      });
      return { sql, values: hitParams.values };
    };
    // Without text, facets and hits run at the same time, on two connections, and the planner
    // picks its indexes well. With text, the facet query runs first, with PostgreSQL's estimates
    // beside it: its exact counts and the estimates tell the hit query whether to walk an index in
    // order or gather the matches, and what to read first (postgres-search-hits.ts).
    let facets: FacetAnswer;
    let hitRows: HitRow[];
    if (tsQuery) {
      // Estimates only choose between walking and gathering: not needed by a sort by distance
      // (always gathered), nor without a title tier (relevance) or a place, date or duration
      // filter, where the facet query's counts are exact.
      const needsEstimates = query.sort !== "distance" && (query.sort === "relevance" || filters.length > 0);
      const [counted, estimates] = await Promise.all([
        this.facets(facetQuery, query, true),
        needsEstimates ? this.estimate(words, query) : null,
      ]);
      facets = withEstimates(counted, estimates, query);
      hitRows = await this.run<HitRow>(hitQuery(facets), true);
    } else {
      [facets, hitRows] = await Promise.all([
        this.facets(facetQuery, query, false),
        this.run<HitRow>(hitQuery(null), false),
      ]);
    }
    return {
      total: Math.min(facets.counts.total, EXACT_TOTAL_LIMIT),
      totalIsExact: facets.counts.total <= EXACT_TOTAL_LIMIT,
      page: query.page,
      perPage: query.perPage,
      hits: hitRows.map(toHit),
      facets: facets.facets,
    };
  }

  /**
   * Runs a search statement with its settings, in one transaction. PostgreSQL's planner does not
   * count the cost of reading large text vectors stored out of line, so for a common word it
   * would pick a sequential scan that reads every one of them; the GIN index answers without
   * reading any. JIT compiling costs more than these queries. Facets group sorted rows: hashing
   * ten thousand cells was slower. Without text, parallel workers help the facet count.
   */
  private async run<T>(statement: { sql: string; values: unknown[] }, hasText: boolean): Promise<T[]> {
    const results = await this.database.$transaction([
      // One statement for all the settings: each statement is a round trip.
      this.database.$queryRawUnsafe(
        `SELECT set_config('enable_seqscan', $1, true), set_config('jit', 'off', true),
           set_config('max_parallel_workers_per_gather', $2, true), set_config('work_mem', '32MB', true),
           set_config('enable_hashagg', 'off', true)`,
        hasText ? "off" : "on",
        hasText ? "0" : "2",
      ),
      this.database.$queryRawUnsafe<T[]>(statement.sql, ...statement.values),
    ]);
    return results.at(-1) as T[];
  }

  private async facets(
    statement: { sql: string; values: unknown[] },
    query: SearchQuery,
    hasText: boolean,
  ): Promise<FacetAnswer> {
    const [row] = await this.run<FacetRow>(statement, hasText);
    const cells = parseFacetCells(row?.cells ?? "");
    const namedFields = row?.named_fields ?? 0;
    const { total, facets } = countFacets(cells, query);
    const matched = cells.counts.reduce((sum, count) => sum + count, 0);
    return {
      facets,
      namedFields,
      tsQuery: row?.ts_query ?? null,
      matched,
      counts: {
        // A table filled row by row before its first ANALYZE has no size yet: then every
        // segment gathers (walking needs to know how dense the matches are).
        rows: (row?.rows ?? 0) > 0 ? Math.max(total, row?.rows ?? 0) : Number.POSITIVE_INFINITY,
        total,
        inNamedFields: countInFields(cells, query, namedFields),
        inTitles: null,
        // Without a place, date or duration filter, what a gather reads is what was counted.
        textMatches: matched,
        titleMatches: null,
        filtersFirst: (row?.filtered_rows ?? Number.POSITIVE_INFINITY) < this.fewRows,
      },
    };
  }

  /** PostgreSQL's estimates (postgres-search-estimates.ts); null when it cannot give them, and the hits gather. */
  private async estimate(words: WordAnalysis[], query: SearchQuery): Promise<MatchEstimates | null> {
    const params = new SqlParams();
    const sql = estimatesSql(LIVE, words, query, params);
    try {
      const [row] = await this.database.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(sql, ...params.values);
      return parseEstimates(row?.["QUERY PLAN"]);
    } catch (error) {
      logger.warn({ err: error }, "search estimates failed; the hit query gathers");
      return null;
    }
  }

  /**
   * "Did you mean", for a search that found nothing: the text with each unknown word replaced by
   * the closest indexed word, looking well beyond the typo budget (suggestionReach); null when no
   * word changes. Whether the new text finds anything is for the caller to ask
   * (search-suggestion.server.ts), of whichever engine answers: this word list holds their offers too.
   */
  async closestWords(text: string): Promise<string | null> {
    return suggestionOf(text, await analyseWords(this.database, text, suggestionReach));
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
      ...periodColumns(document),
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

interface FacetAnswer {
  facets: SearchFacets;
  /** Matches of the text and the place, date and duration filters (before the facet groups' filters). */
  matched: number;
  /** The text's tsquery, as text. */
  tsQuery: string | null;
  /** Bits of the occupational fields the words name. */
  namedFields: number;
  counts: MatchCounts;
}

/** The counts a hit query chooses its access by, with PostgreSQL's estimates (only relevance has a title tier). */
function withEstimates(answer: FacetAnswer, estimates: MatchEstimates | null, query: SearchQuery): FacetAnswer {
  if (!estimates) return answer;
  const calibrated = calibrate(estimates, answer.matched, answer.counts);
  const titles = query.sort === "relevance";
  const counts: MatchCounts = {
    ...answer.counts,
    textMatches: calibrated.textMatches,
    inTitles: titles ? calibrated.inTitles : null,
    titleMatches: titles ? calibrated.titleMatches : null,
  };
  return { ...answer, counts };
}

/**
 * The offer's periods for the date filter: merged where they touch (as its Meilisearch documents
 * are), each as its first day and the day after its last; and the days its minimum stay needs.
 */
function periodColumns(document: SearchDocument): { starts: string[]; ends: string[]; minDays: number } {
  const ranges = availabilityRanges(document.periods);
  return {
    starts: ranges.map((range) => isoDay(range.start)),
    ends: ranges.map((range) => isoDay(range.end + 1)),
    minDays: neededDays(document.minWeeks),
  };
}
