import { baseFilterSql, type SqlParams, tsQuerySql, type WordAnalysis } from "./postgres-search-sql";
import type { SearchQuery } from "~/modules/search/search-index";

/**
 * PostgreSQL's estimates of how many offers a text search reaches through each GIN index, read
 * from its statistics of the text vectors (EXPLAIN: nothing is run, about half a millisecond).
 * They choose between walking an index in order and gathering the matches
 * (postgres-search-hits.ts), where exact counts would cost what they are meant to save: counting
 * the titles with "Praktikum" (two in three) took 19 ms. A wrong estimate costs a bounded walk.
 */
export interface MatchEstimates {
  /** Offers with the words in their title that pass the place, date and duration filters. */
  titles: number;
  /** Offers with the words anywhere that pass those filters. */
  texts: number;
  /** Offers with the words anywhere, whatever the filters: what a gather of the text reads. */
  allTexts: number;
}

/** One EXPLAIN whose three subqueries the planner estimates in this order. */
export function estimatesSql(table: string, words: WordAnalysis[], query: SearchQuery, params: SqlParams): string {
  const subquery = (conditions: string[]) => `(SELECT 1 FROM ${table} WHERE ${conditions.join(" AND ")})`;
  const titles = subquery([`head @@ ${tsQuerySql(words, params)}`, ...baseFilterSql(query, params)]);
  const texts = subquery([`doc @@ ${tsQuerySql(words, params)}`, ...baseFilterSql(query, params)]);
  const allTexts = subquery([`doc @@ ${tsQuerySql(words, params)}`]);
  return `EXPLAIN (FORMAT JSON) SELECT ${titles} AS titles, ${texts} AS texts, ${allTexts} AS all_texts`;
}

/**
 * The estimates set against the exact counts of the facet query: `matched` offers have the words
 * and pass the place, date and duration filters; `counts.total` pass the facet groups' filters
 * too. The planner misjudges a word with its typo corrections and prefixes (it adds up the forms:
 * 51,000 offers for "Mechatronikr", which are 6,000) and a place's box (it takes latitude and
 * longitude as independent), but it misjudges titles and texts alike, so only its ratios are
 * used: the share of the matches with the words in the title, and the share of the text's
 * matches that the filters keep. Nothing comes out above the table's size.
 */
export function calibrate(
  estimates: MatchEstimates,
  matched: number,
  counts: { rows: number; total: number },
): { inTitles: number; textMatches: number; titleMatches: number } {
  const texts = Math.max(1, estimates.texts);
  const titleShare = Math.min(1, estimates.titles / texts);
  const textMatches = Math.min(counts.rows, Math.max(matched, (matched * estimates.allTexts) / texts));
  return {
    inTitles: counts.total * titleShare,
    textMatches,
    titleMatches: textMatches * titleShare,
  };
}

interface PlanNode {
  "Parent Relationship"?: string;
  "Plan Rows"?: number;
  Plans?: PlanNode[];
}

/** The estimates from the EXPLAIN's JSON (as text or parsed); null when its shape is not the expected one. */
export function parseEstimates(explained: unknown): MatchEstimates | null {
  try {
    const document = typeof explained === "string" ? JSON.parse(explained) : explained;
    const plan = (document as { Plan?: PlanNode }[])[0]?.Plan;
    const rows = (plan?.Plans ?? [])
      .filter((node) => node["Parent Relationship"] === "InitPlan")
      .map((node) => node["Plan Rows"]);
    const [titles, texts, allTexts] = rows;
    if (rows.length !== 3 || typeof titles !== "number" || typeof texts !== "number" || typeof allTexts !== "number") {
      return null;
    }
    return { titles, texts, allTexts };
  } catch {
    return null;
  }
}
