import { describe, expect, it } from "vitest";
import { chooseAccess, hitsSql, type MatchCounts, WALK_POLICY } from "./postgres-search-hits";
import { SqlParams } from "./postgres-search-sql";
import { EMPTY_QUERY, type SearchQuery } from "~/modules/search/search-index";

const sqlFor = (
  query: Partial<SearchQuery>,
  counts: Partial<MatchCounts> & { total: number; inNamedFields: number },
  { namedFields = 0, base = [] as string[], groups = [] as string[] } = {},
) =>
  hitsSql({
    table: "search_offer",
    query: { ...EMPTY_QUERY, ...query },
    tsQuery: "$1::tsquery",
    base,
    groups,
    namedFields,
    counts: {
      rows: 100_000,
      inTitles: null,
      textMatches: counts.total,
      titleMatches: null,
      filtersFirst: false,
      ...counts,
    },
    walk: WALK_POLICY,
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
  const access = (wanted: number, candidates: number, gathered = candidates) =>
    chooseAccess(wanted, candidates, 100_000, gathered, WALK_POLICY).kind;

  it("walks when the page fills after a few hundred rows, and gathers otherwise", () => {
    expect(access(20, 66_000)).toBe("walk");
    expect(access(20, 5_000)).toBe("walk");
    expect(access(20, 4_000)).toBe("gather");
    // A deep page needs many more rows before it is full.
    expect(access(1_000, 20_000)).toBe("gather");
    expect(access(20, 0)).toBe("gather");
  });

  it("walks further when a gather would read many more matches than the walk passes rows", () => {
    // "deine" in mechatronics: 4,000 of its 66,000 matches; 500 rows walked instead of 66,000 gathered.
    expect(access(20, 4_000, 66_000)).toBe("walk");
    expect(access(600, 66_000, 66_000)).toBe("walk");
    expect(access(20, 40, 66_000)).toBe("gather");
  });

  it("bounds a walk at four times the rows it expects (at least the policy's), or as told", () => {
    expect(chooseAccess(20, 4_000, 100_000, 66_000, WALK_POLICY)).toEqual({ kind: "walk", bound: 2_000 });
    expect(chooseAccess(20, 66_000, 100_000, 66_000, WALK_POLICY)).toEqual({ kind: "walk", bound: 1_600 });
    const unbounded = { rows: Number.POSITIVE_INFINITY, gatheredPerWalked: 1, bound: null };
    expect(chooseAccess(20, 1, 100_000, 0, unbounded)).toEqual({ kind: "walk", bound: null });
    expect(chooseAccess(20, 1, 100_000, 0, { ...unbounded, bound: 3 })).toEqual({ kind: "walk", bound: 3 });
  });

  it("reads title and company matches from their indexes and walks the description tier of a common word", () => {
    const sql = sqlFor({ text: "deine" }, { total: 66_000, inNamedFields: 0 });
    expect(accessOf(sql)).toEqual({ s0: "gathered", s2: "walked", s3: "gathered" });
    expect(sql).not.toContain("s1 AS");
  });

  it("adds the named field's tier, each tier reached by its own density", () => {
    const sparse = sqlFor({ text: "logistik" }, { total: 47_000, inNamedFields: 300 }, { namedFields: 1 << 10 });
    expect(accessOf(sparse)).toEqual({ s0: "gathered", s1: "gathered", s2: "walked", s3: "gathered" });
    // 2,000 rows to walk, against 47,000 matches to gather: the walk is cheaper.
    const denser = sqlFor({ text: "logistik" }, { total: 47_000, inNamedFields: 1_000 }, { namedFields: 1 << 10 });
    expect(accessOf(denser)).toMatchObject({ s1: "walked" });
  });

  it("tests a walked row's text only after every other condition", () => {
    const sql = sqlFor(
      { text: "deine", sort: "newest", fields: ["mechatronics"] },
      {
        total: 4_000,
        inNamedFields: 0,
        textMatches: 66_000,
      },
      { groups: ["facet_key & $9::int <> 0"] },
    );
    expect(accessOf(sql)).toEqual({ s0: "walked" });
    expect(sql).toMatch(/\) ordered WHERE .*facet_key & \$9::int <> 0.* OFFSET 0\) walked WHERE doc @@ \$1::tsquery/s);
  });

  it("gathers the text's matches first, or the rows of the place and publication filters when they keep few", () => {
    const query = { text: "deine", sort: "newest" as const, publishedAfter: "2026-11-28T07:00:00.000Z" };
    const base = ["published_at > $9::timestamptz"];
    const counts = { total: 30, inNamedFields: 0, textMatches: 66_000 };
    const textFirst = sqlFor(query, counts, { base });
    expect(textFirst).toContain("(SELECT * FROM search_offer WHERE doc @@ $1::tsquery OFFSET 0) gathered");
    const filtersFirst = sqlFor(query, { ...counts, filtersFirst: true }, { base });
    expect(filtersFirst).toContain(
      "(SELECT * FROM search_offer WHERE published_at > $9::timestamptz OFFSET 0) gathered",
    );
    expect(filtersFirst).toMatch(/OFFSET 0\) gathered WHERE .*doc @@ \$1::tsquery/);
  });

  it("walks the title tier when most titles have the word", () => {
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
