import { fencedRows, type SqlParams, whereSql } from "./postgres-search-sql";

export interface FacetRow {
  cells: string;
  named_fields: number;
  rows: number;
  ts_query: string | null;
  /** Rows the place and publication filters keep, counted up to `fewRows`; null without text or such filters. */
  filtered_rows: number | null;
}

export interface FacetSqlInput {
  table: string;
  /** The text as a tsquery expression, or null without text. */
  tsQuery: string | null;
  /** The base filters (place, dates, duration, publication). */
  filters: string[];
  /** Those of them an index can narrow down (place's box, publication). */
  indexed: string[];
  /** An expression for the bits of the occupational fields the words name. */
  namedFields: string;
  /** Below how many rows the place and publication filters are applied before the text (FEW_ROWS). */
  fewRows: number;
  params: SqlParams;
}

/**
 * The matching offers (text and base filters; the facet groups' own filters are applied in
 * countFacets) grouped by their packed facet values, as one line of "key count" pairs; with the
 * fields the words name, the table's size (PostgreSQL's estimate) and how few rows the place and
 * publication filters keep, for the hit query.
 *
 * With text, the statement reads first whichever side is smaller: the rows a place or publication
 * filter keeps, when a probe along their index finds fewer than `fewRows` (a common word in a
 * place with few offers: 4 ms instead of 60), or else the text's matches from the GIN index (a
 * common word around Hannover: 25 ms instead of the 100 the planner's own choice took).
 */
export function facetSql({ table, tsQuery, filters, indexed, namedFields, fewRows, params }: FacetSqlInput): string {
  let rows: string;
  let probe = "";
  let filteredRows = "NULL::int";
  if (!tsQuery) {
    // Without text, the facet or geo index alone answers.
    rows = `${table} ${whereSql(filters)}`;
  } else if (indexed.length === 0) {
    rows = fencedRows(table, [`doc @@ ${tsQuery}`], filters, "matched");
  } else {
    const few = params.add(fewRows, "::int");
    probe = `WITH probe AS (SELECT count(*)::int AS n FROM (SELECT 1 FROM ${table} ${whereSql(indexed)} LIMIT ${few}) kept)`;
    const filtersFirst = fencedRows(table, filters, [`(SELECT n FROM probe) < ${few}`, `doc @@ ${tsQuery}`], "kept");
    const textFirst = fencedRows(
      table,
      [`doc @@ ${tsQuery}`],
      [`(SELECT n FROM probe) >= ${few}`, ...filters],
      "matched",
    );
    rows = `(SELECT facet_key FROM ${filtersFirst} UNION ALL SELECT facet_key FROM ${textFirst}) matched`;
    filteredRows = "(SELECT n FROM probe)";
  }
  return `${probe} SELECT
      (SELECT coalesce(string_agg(cell.key::text || ' ' || cell.n::text, ','), '')
       FROM (SELECT facet_key AS key, count(*) AS n FROM ${rows} GROUP BY facet_key) cell) AS cells,
      ${namedFields} AS named_fields,
      (${tsQuery ?? "NULL"})::text AS ts_query,
      (SELECT greatest(reltuples, 0)::float8 FROM pg_class WHERE oid = '${table}'::regclass) AS rows,
      ${filteredRows} AS filtered_rows`;
}
