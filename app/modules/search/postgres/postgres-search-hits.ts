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
 * a text vector stored out of line costs), so the adapter chooses (`chooseAccess`) from the exact
 * counts its facet query has just made and from PostgreSQL's estimates taken beside it
 * (postgres-search-estimates.ts), and the SQL is written so the planner has only that way.
 */
import { MARK_END, MARK_START } from "./highlight";
import { distanceSql, fencedRows, type SqlParams, whereSql } from "./postgres-search-sql";
import type { SearchQuery } from "~/modules/search/search-index";

/** The counts that tell how dense the matches are: exact from the facet query, or estimated. */
export interface MatchCounts {
  /** Rows in the search table (walks pass over rows of any kind). */
  rows: number;
  /** Matches of the text and every filter (exact). */
  total: number;
  /** Of those, offers in a field the words name (tier 1, with the title matches among them; exact). */
  inNamedFields: number;
  /** Of those, offers with the words in the title (tier 0; estimated, null: unknown). */
  inTitles: number | null;
  /**
   * Offers with the words anywhere, whatever the filters: what gathering the text's matches reads
   * (exact without place, date or duration filters; PostgreSQL's estimate, calibrated, with them).
   */
  textMatches: number;
  /** Offers with the words in the title, whatever the filters: what gathering tier 0 reads (estimated). */
  titleMatches: number | null;
  /** The place or publication filters keep so few rows that gathers read those rows first (FEW_ROWS). */
  filtersFirst: boolean;
}

/**
 * When a segment walks. A walked row that passes the cheap filters reads its text vector out of
 * line (about 5 µs); a gathered match costs about a twentieth of that (its index entry and narrow
 * row). So a walk pays when the rows it passes over are few, or few beside the matches a gather
 * would read: "deine" in mechatronics (4,000 of 66,000 matches) walks 500 rows rather than
 * gathering 66,000.
 */
export interface WalkPolicy {
  /** Walk when the page fills within this many rows… */
  rows: number;
  /** …or within the matches a gather would read divided by this. */
  gatheredPerWalked: number;
  /**
   * A walk hands over to gathering after this many rows; "auto": four times the rows it expects,
   * or four times `rows` if that is more; null: never (tests).
   */
  bound: number | "auto" | null;
}

export const WALK_POLICY: WalkPolicy = { rows: 400, gatheredPerWalked: 20, bound: "auto" };

export type Access = { kind: "walk"; bound: number | null } | { kind: "gather" };

/**
 * Walk when `wanted` rows among `candidates` of `rows` are reached soon enough for the policy,
 * a gather reading `gathered` matches otherwise.
 */
export function chooseAccess(
  wanted: number,
  candidates: number,
  rows: number,
  gathered: number,
  policy: WalkPolicy,
): Access {
  if (candidates <= 0) return { kind: "gather" };
  const expected = (wanted * rows) / candidates;
  if (expected > Math.max(policy.rows, gathered / policy.gatheredPerWalked)) return { kind: "gather" };
  const most = Math.max(policy.rows, expected);
  const bound = policy.bound === "auto" ? (Number.isFinite(most) ? Math.ceil(most * 4) : null) : policy.bound;
  return { kind: "walk", bound };
}

/**
 * The rows of one segment: those of `match` (a GIN-indexed condition) that meet every condition.
 * Without text (no match), the planner picks its indexes: it does well without text vectors.
 */
interface Segment {
  match: string | null;
  conditions: string[];
  access: Access;
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
  /** The base filters (place, dates, duration, publication): read first when they keep few rows. */
  base: string[];
  /** The facet groups' filters (fields, country, level, accommodation, minors). */
  groups: string[];
  /** Bits of the occupational fields the words name (tier 1). */
  namedFields: number;
  /** The counts of the facet query; null lets PostgreSQL's planner choose (searches without text). */
  counts: MatchCounts | null;
  walk: WalkPolicy;
  params: SqlParams;
}

export function hitsSql({
  table,
  query,
  tsQuery,
  base,
  groups,
  namedFields,
  counts,
  walk,
  params,
}: HitsSqlInput): string {
  const filters = [...base, ...groups];
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

  const rowOrder = order.by.replace(/^tier, /, "");
  /** All of a segment's rows, sorted: the text's matches from the GIN index, or the few rows the filters keep. */
  const gatherSql = (tier: number, match: string, conditions: string[]) => {
    const rows = counts?.filtersFirst
      ? fencedRows(table, base, [...conditions, match], "gathered")
      : fencedRows(table, [match], conditions, "gathered");
    return `SELECT ${columns(tier)} FROM ${rows} ORDER BY ${rowOrder} LIMIT ${limit}`;
  };

  /**
   * The CTEs of one segment named `name`: up to `limit` rows, in the page's order. A walk that has
   * not filled the page within its bound (the matches were not spread along the order as their
   * count suggested: most of them in company names, or late dates) hands over to gathering, so a
   * wrong guess costs a bounded walk, never a pass over the whole table.
   */
  const segment = (name: string, tier: number, { match, conditions, access }: Segment): string[] => {
    if (match !== null && access.kind === "walk" && order.walk) {
      const filled = `(SELECT count(*) FROM ${name}_walk) = ${limit}`;
      const bound = access.bound === null ? "NULL" : params.add(access.bound, "::bigint");
      // The ordered subquery with its LIMIT can only be an index scan in that order (sequential
      // scans are off for text searches); the LIMIT above it stops once the page is full. The
      // text is tested behind a fence of its own, after every other condition (PostgreSQL would
      // test it first, as the cheapest), so that rows the filters reject never have it read.
      // (Each level says its order again: PostgreSQL would otherwise sort the whole walk.)
      const ordered = `(SELECT * FROM ${table} ORDER BY ${order.walk} LIMIT ${bound}) ordered`;
      const filtered = `(SELECT * FROM ${ordered} ${whereSql(conditions)} ORDER BY ${order.walk} OFFSET 0) walked`;
      return [
        `${name}_walk AS (SELECT ${columns(tier)} FROM ${filtered} WHERE ${match} ORDER BY ${rowOrder} LIMIT ${limit})`,
        `${name} AS (SELECT * FROM ${name}_walk WHERE ${filled}
          UNION ALL ${gatherSql(tier, match, [`NOT ${filled}`, ...conditions])})`,
      ];
    }
    if (match !== null) return [`${name} AS (${gatherSql(tier, match, conditions)})`];
    return [
      `${name} AS (SELECT ${columns(tier)} FROM ${table} ${whereSql(conditions)} ORDER BY ${rowOrder} LIMIT ${limit})`,
    ];
  };

  const segments: string[] = [];
  const names: string[] = [];
  const add = (name: string, tier: number, rows: Segment) => {
    segments.push(...segment(name, tier, rows));
    names.push(name);
  };
  /**
   * How a segment with this many candidates (null: unknown) reaches its rows, when a gather would
   * read `read` matches of its GIN index (or, filters first, hardly any rows).
   */
  const accessFor = (candidates: number | null, read: number | null): Access =>
    counts && candidates !== null && order.walk
      ? chooseAccess(wanted, candidates, counts.rows, counts.filtersFirst ? 0 : (read ?? 0), walk)
      : { kind: "gather" };
  if (!tsQuery) {
    add("s0", 0, { match: null, conditions: filters, access: { kind: "gather" } });
  } else if (sort !== "relevance") {
    const access = accessFor(counts?.total ?? null, counts?.textMatches ?? null);
    add("s0", 0, { match: `doc @@ ${tsQuery}`, conditions: filters, access });
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
    const titles = accessFor(counts?.inTitles ?? null, counts?.titleMatches ?? null);
    add("s0", 0, { match: `head @@ ${tsQuery}`, conditions: filters, access: titles });
    const earlier = ["s0"];
    if (named) {
      const access = accessFor(counts?.inNamedFields ?? null, counts?.textMatches ?? null);
      add("s1", 1, { match: text, conditions: [short(earlier), named, ...filters, ...notIn(earlier)], access });
      earlier.push("s1");
    }
    const plain = named ? [`NOT (${named})`] : [];
    const access = accessFor(counts ? counts.total - counts.inNamedFields : null, counts?.textMatches ?? null);
    const s2 = [short(earlier), ...plain, ...filters, ...notIn(earlier), `NOT ${companyMatch}`];
    add("s2", 2, { match: text, conditions: s2, access });
    const s3 = [short([...earlier, "s2"]), ...plain, ...filters, ...notIn(earlier)];
    add("s3", 3, { match: `company @@ ${tsQuery}`, conditions: s3, access: { kind: "gather" } });
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
