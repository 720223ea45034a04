import { describe, expect, it } from "vitest";
import { chooseAccess, defaultWalkBound, hitsSql, WALK_ROWS } from "./postgres-search-hits";
import { SqlParams } from "./postgres-search-sql";
import { EMPTY_QUERY, type SearchQuery } from "./search-index";

const sqlFor = (
  query: Partial<SearchQuery>,
  counts: { total: number; inNamedFields: number; inTitles?: number | null },
  namedFields = 0,
) =>
  hitsSql({
    table: "search_offer",
    query: { ...EMPTY_QUERY, ...query },
    tsQuery: "$1::tsquery",
    filters: [],
    namedFields,
    counts: { rows: 100_000, inTitles: null, ...counts },
    walkRows: WALK_ROWS,
    walkBound: defaultWalkBound(WALK_ROWS),
    params: new SqlParams(["deine"]),
  });

/** The access each segment of a hit query uses, by segment name (a walk hands over to gathering when short). */
const accessOf = (sql: string) =>
  Object.fromEntries(
    [...sql.matchAll(/\b(s\d) AS \(/g)].map(([, name]) => [
      name,
      sql.includes(`${name}_walk AS (`) ? "walked" : "gathered",
    ]),
  );

describe("how a hit query reaches its rows", () => {
  it("walks when the page fills after a few hundred rows, and gathers otherwise", () => {
    expect(chooseAccess(20, 66_000, 100_000, WALK_ROWS)).toBe("walk");
    expect(chooseAccess(20, 5_000, 100_000, WALK_ROWS)).toBe("walk");
    expect(chooseAccess(20, 4_000, 100_000, WALK_ROWS)).toBe("gather");
    // A deep page needs many more rows before it is full.
    expect(chooseAccess(1_000, 66_000, 100_000, WALK_ROWS)).toBe("gather");
    expect(chooseAccess(20, 0, 100_000, WALK_ROWS)).toBe("gather");
  });

  it("reads title and company matches from their indexes and walks the description tier of a common word", () => {
    const sql = sqlFor({ text: "deine" }, { total: 66_000, inNamedFields: 0 });
    expect(accessOf(sql)).toEqual({ s0: "gathered", s2: "walked", s3: "gathered" });
    expect(sql).not.toContain("s1 AS");
  });

  it("adds the named field's tier, each tier reached by its own density", () => {
    const sql = sqlFor({ text: "logistik" }, { total: 47_000, inNamedFields: 1_000 }, 1 << 10);
    expect(accessOf(sql)).toEqual({ s0: "gathered", s1: "gathered", s2: "walked", s3: "gathered" });
  });

  it("walks the title tier when most titles have the word, if no other filter hides how many pass", () => {
    expect(
      accessOf(sqlFor({ text: "praktikum" }, { total: 66_000, inNamedFields: 0, inTitles: 66_000 })),
    ).toMatchObject({
      s0: "walked",
    });
    expect(accessOf(sqlFor({ text: "praktikum" }, { total: 66_000, inNamedFields: 0, inTitles: 30 }))).toMatchObject({
      s0: "gathered",
    });
  });

  it("gathers a rare word's matches, and always when sorting by distance", () => {
    expect(accessOf(sqlFor({ text: "hafenlogistik" }, { total: 40, inNamedFields: 0 }))).toMatchObject({
      s2: "gathered",
    });
    const near = { latitude: 52.37, longitude: 9.733, radiusKm: 50 };
    expect(accessOf(sqlFor({ text: "deine", sort: "distance", near }, { total: 66_000, inNamedFields: 0 }))).toEqual({
      s0: "gathered",
    });
    expect(accessOf(sqlFor({ text: "deine", sort: "newest" }, { total: 66_000, inNamedFields: 0 }))).toEqual({
      s0: "walked",
    });
  });
});
