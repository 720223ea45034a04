import { MARK_END, MARK_START } from "./highlight";
import { distanceSql, type SqlParams } from "./postgres-search-sql";
import type { SearchQuery } from "./search-index";

/**
 * The page of hits of a PostgreSQL search, as SQL (pure: the adapter runs it, tests read it).
 *
 * Relevance is in tiers, read from indexes rather than from any match's text (reading the text
 * of tens of thousands of matches would take far too long): 0 the words are in the title, 1 the
 * words name the offer's occupational field, 2 the words are in the description, 3 only in the
 * company's name; the newest first within a tier. Each tier is a segment that collects at most
 * the rows up to the end of the page, in order, and a segment only runs when the ones before it
 * have not filled the page.
 *
 * A segment reaches its rows in one of two ways (title and company matches have GIN indexes of
 * their own):
 * - gather: all its matches from a GIN index, then sorted (cost grows with the matches);
 * - walk: down the sort order's B-tree, testing each row until the page is full (cost grows
 *   with the rows passed over, so only when the matches are dense: a word in two offers of three
 *   fills twenty hits after about thirty rows, where gathering would read forty thousand).
 * PostgreSQL's planner cannot choose well between the two for text (it does not know what reading
 * a text vector stored out of line costs), so the adapter chooses from the exact counts its facet
 * query has just made (`chooseAccess`), and the SQL is written so the planner has only that way.
 */

/** The counts that tell how dense the matches are, from the facet query. */
export interface MatchCounts {
  /** Rows in the search table (walks pass over rows of any kind). */
  rows: number;
  /** Matches of the text and every filter. */
  total: number;
  /** Of those, offers in a field the words name (tier 1, with the title matches among them). */
  inNamedFields: number;
  /** Estimated matches with the words in the title (tier 0); null when the filters make it unknowable. */
  inTitles: number | null;
}

/** Walk when the rows it would pass over to fill the page are at most this many. */
export const WALK_ROWS = 400;
/** A walk gives up after four times the rows it may expect, and the segment gathers instead. */
export const defaultWalkBound = (walkRows: number): number | null =>
  Number.isFinite(walkRows) ? Math.max(1, walkRows) * 4 : null;

export type Access = "walk" | "gather";

/** Walk when `wanted` rows among `candidates` of `rows` are reached after at most `walkRows` rows. */
export function chooseAccess(wanted: number, candidates: number, rows: number, walkRows: number): Access {
  if (candidates <= 0) return "gather";
  return (wanted * rows) / candidates <= walkRows ? "walk" : "gather";
}

interface Order {
  /** The ORDER BY of the final page, over the segment columns. */
  by: string;
  /** The ORDER BY a walk follows, matching a B-tree index of the search table; null: gather only. */
  walk: string | null;
}

export interface HitsSqlInput {
  table: string;
  query: SearchQuery;
  /** The text as a tsquery expression, or null without text. */
  tsQuery: string | null;
  /** Every filter (base and facet groups), each a condition on the search table. */
  filters: string[];
  /** Bits of the occupational fields the words name (tier 1). */
  namedFields: number;
  /** The counts of the facet query; null lets PostgreSQL's planner choose (searches without text). */
  counts: MatchCounts | null;
  walkRows: number;
  /** How many rows a walk may pass over before it hands over to gathering; null: no bound. */
  walkBound: number | null;
  params: SqlParams;
}

export function hitsSql({
  table,
  query,
  tsQuery,
  filters,
  namedFields,
  counts,
  walkRows,
  walkBound: bound,
  params,
}: HitsSqlInput): string {
  const wanted = query.page * query.perPage;
  const limit = params.add(wanted, "::int");
  const near = query.near;
  const distance = near
    ? distanceSql(params.add(near.latitude, "::float8"), params.add(near.longitude, "::float8"))
    : "NULL::float8";
  const sort = query.sort === "distance" && !near ? "newest" : query.sort;
  const order: Order = {
    relevance: { by: "tier, published_at DESC, id", walk: "published_at DESC, id" },
    newest: { by: "published_at DESC, id", walk: "published_at DESC, id" },
    start: { by: "first_start ASC NULLS LAST, id", walk: "first_start ASC NULLS LAST, id" },
    distance: { by: "distance_km ASC NULLS LAST, id", walk: null },
  }[sort];
  // Only the columns the order needs, so that a search around a place can read its index alone.
  const columns = (tier: number) =>
    [
      `id, ${tier} AS tier`,
      order.by.includes("published_at") ? "published_at" : "NULL::timestamptz AS published_at",
      order.by.includes("first_start") ? "first_start" : "NULL::date AS first_start",
      `${distance} AS distance_km`,
    ].join(", ");
  const where = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "");

  const rowOrder = order.by.replace(/^tier, /, "");
  const gathered = (tier: number, conditions: string[]) =>
    // The fence keeps the planner from walking an index in order and testing every row's text.
    `SELECT ${columns(tier)} FROM (SELECT * FROM ${table} ${where(conditions)} OFFSET 0) gathered
      ORDER BY ${rowOrder} LIMIT ${limit}`;
  // (Added on first use: a statement must use every parameter it is given.)
  let boundParam: string | null = null;
  const walkBound = () => (boundParam ??= bound === null ? "NULL" : params.add(bound, "::bigint"));

  /**
   * The CTEs of one segment named `name`: up to `limit` rows, in the page's order. A walk that has
   * not filled the page within its bound (the matches were not spread along the order as their
   * count suggested: most of them in company names, or late dates) hands over to gathering, so a
   * wrong guess costs a bounded walk, never a pass over the whole table.
   */
  const segment = (name: string, tier: number, conditions: string[], access: Access | "planner"): string[] => {
    if (access === "walk" && order.walk) {
      const filled = `(SELECT count(*) FROM ${name}_walk) = ${limit}`;
      return [
        // The ordered subquery with its LIMIT can only be an index scan in that order (sequential
        // scans are off for text searches); the LIMIT above it stops once the page is full.
        `${name}_walk AS (SELECT ${columns(tier)} FROM (SELECT * FROM ${table} ORDER BY ${order.walk} LIMIT ${walkBound()}) walked
          ${where(conditions)} ORDER BY ${rowOrder} LIMIT ${limit})`,
        `${name} AS (SELECT * FROM ${name}_walk WHERE ${filled}
          UNION ALL ${gathered(tier, [`NOT ${filled}`, ...conditions])})`,
      ];
    }
    if (access === "gather") return [`${name} AS (${gathered(tier, conditions)})`];
    return [
      `${name} AS (SELECT ${columns(tier)} FROM ${table} ${where(conditions)} ORDER BY ${rowOrder} LIMIT ${limit})`,
    ];
  };

  const segments: string[] = [];
  const names: string[] = [];
  const add = (name: string, tier: number, conditions: string[], access: Access | "planner") => {
    segments.push(...segment(name, tier, conditions, access));
    names.push(name);
  };
  /** How a segment with this many candidates (null: unknown) reaches its rows. */
  const accessFor = (candidates: number | null): Access =>
    counts && candidates !== null && order.walk ? chooseAccess(wanted, candidates, counts.rows, walkRows) : "gather";
  if (!tsQuery) {
    add("s0", 0, filters, "planner");
  } else if (sort !== "relevance") {
    add("s0", 0, [`doc @@ ${tsQuery}`, ...filters], accessFor(counts?.total ?? null));
  } else {
    const named = namedFields !== 0 ? `facet_key & ${params.add(namedFields, "::int")} <> 0` : null;
    // Each segment runs only while the ones before it left the page short; then the earlier
    // segments hold every row of their tiers, so "not in an earlier tier" is "not among their ids".
    const short = (earlier: string[]) =>
      `(${earlier.map((name) => `(SELECT count(*) FROM ${name})`).join(" + ")}) < ${limit}`;
    const notIn = (earlier: string[]) => earlier.map((name) => `id NOT IN (SELECT id FROM ${name})`);
    const text = `doc @@ ${tsQuery}`;
    const companyMatch = `id IN (SELECT id FROM ${table} WHERE company @@ ${tsQuery})`;
    // "Praktikum" is in two titles of three: then the title tier walks too.
    add("s0", 0, [`head @@ ${tsQuery}`, ...filters], accessFor(counts?.inTitles ?? null));
    const earlier = ["s0"];
    if (named) {
      const access = accessFor(counts?.inNamedFields ?? null);
      add("s1", 1, [short(earlier), text, named, ...filters, ...notIn(earlier)], access);
      earlier.push("s1");
    }
    const plain = named ? [`NOT (${named})`] : [];
    const access = accessFor(counts ? counts.total - counts.inNamedFields : null);
    add("s2", 2, [short(earlier), text, ...plain, ...filters, ...notIn(earlier), `NOT ${companyMatch}`], access);
    const s3 = [short([...earlier, "s2"]), `company @@ ${tsQuery}`, ...plain, ...filters, ...notIn(earlier)];
    add("s3", 3, s3, "gather");
  }
  const headline = (column: string, config: string) =>
    tsQuery
      ? `CASE WHEN ${column} IS NULL THEN NULL ELSE ts_headline('${config}', ${column}, ${tsQuery},
          'StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true') END`
      : column;
  const offset = params.add((query.page - 1) * query.perPage, "::int");
  const pageSize = params.add(query.perPage, "::int");
  // Only the page's rows read their card (stored out of line) and get their titles marked.
  return `WITH ${segments.join(",\n")},
    page AS (
      SELECT * FROM (${names.map((name) => `SELECT * FROM ${name}`).join(" UNION ALL ")}) found
      ORDER BY ${order.by} LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT o.id::text, o.card, o.facet_key, o.latitude, o.longitude, o.min_weeks, o.max_weeks,
      o.published_at, page.distance_km,
      ${headline("o.card->>'titleDe'", "search_de")} AS marked_de, ${headline("o.card->>'titleFr'", "search_fr")} AS marked_fr
    FROM page JOIN ${table} o ON o.id = page.id
    ORDER BY ${order.by.replace(/\b(tier|published_at|first_start|distance_km|id)\b/g, "page.$1")}`;
}
