import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { calibrate, estimatesSql, parseEstimates } from "./postgres-search-estimates";
import { PostgresSearchIndex } from "./postgres-search-index.server";
import { SqlParams } from "./postgres-search-sql";
import { contractOffer } from "../../../../test/support/search-contract";
import { EMPTY_QUERY, type SearchQuery } from "~/modules/search/search-index";

const word = (text: string) => ({ word: text, stop: false, corrections: [], synonyms: [] });

describe("reading PostgreSQL's estimates", () => {
  const explained = (rows: number[]) => [
    {
      Plan: {
        "Node Type": "Result",
        Plans: rows.map((count, i) => ({
          "Node Type": "Bitmap Heap Scan",
          "Parent Relationship": "InitPlan",
          "Subplan Name": `InitPlan ${i + 1}`,
          "Plan Rows": count,
        })),
      },
    },
  ];

  it("takes the title and text estimates in order, parsed or as text", () => {
    const estimates = { titles: 40, texts: 900, allTexts: 3_000 };
    expect(parseEstimates(explained([40, 900, 3_000]))).toEqual(estimates);
    expect(parseEstimates(JSON.stringify(explained([40, 900, 3_000])))).toEqual(estimates);
  });

  it("gives nothing for a plan of another shape, so the hit query gathers as without estimates", () => {
    expect(parseEstimates(explained([40, 900]))).toBeNull();
    expect(parseEstimates("not json")).toBeNull();
    expect(parseEstimates(null)).toBeNull();
  });
});

describe("setting the estimates against the exact counts", () => {
  const table = { rows: 100_000 };

  it("keeps the planner's ratios: title matches among the matches, and what the filters keep", () => {
    // "Mechatronikr": the planner sees 51,000 matches and 10,200 titles; 6,000 offers match.
    expect(calibrate({ titles: 10_200, texts: 51_000, allTexts: 51_000 }, 6_000, { ...table, total: 6_000 })).toEqual({
      inTitles: 1_200,
      textMatches: 6_000,
      titleMatches: 1_200,
    });
    // Around a place that keeps a tenth of the matches, gathering still reads them all.
    const near = calibrate({ titles: 30, texts: 600, allTexts: 6_000 }, 500, { ...table, total: 400 });
    expect(near).toEqual({ inTitles: 20, textMatches: 5_000, titleMatches: 250 });
  });

  it("never counts more title matches than matches, more text matches than rows, or fewer than were counted", () => {
    // The planner took a small box for nearly empty: 33 matches where 3,370 were counted.
    const box = calibrate({ titles: 900, texts: 33, allTexts: 91_000 }, 3_370, { ...table, total: 109 });
    expect(box).toEqual({ inTitles: 109, textMatches: 100_000, titleMatches: 100_000 });
    const lower = calibrate({ titles: 0, texts: 600, allTexts: 300 }, 500, { ...table, total: 400 });
    expect(lower.textMatches).toBe(500);
    expect(calibrate({ titles: 0, texts: 0, allTexts: 0 }, 0, { ...table, total: 0 })).toEqual({
      inTitles: 0,
      textMatches: 0,
      titleMatches: 0,
    });
  });
});

describe("PostgreSQL's estimates of a text search", () => {
  // 120 offers: "Praktikum" in 80 titles, "Lager" in 40 descriptions only.
  const offers = Array.from({ length: 120 }, (_, i) =>
    i < 80
      ? contractOffer(i + 1, { titleDe: `Praktikum ${i}` })
      : contractOffer(i + 1, { titleDe: `Stelle ${i}`, descriptionDe: "Arbeit im Lager" }),
  );
  const estimate = async (text: string, query: Partial<SearchQuery> = {}) => {
    const params = new SqlParams();
    const sql = estimatesSql("search_offer", [word(text)], { ...EMPTY_QUERY, text, ...query }, params);
    const [row] = await db().$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(sql, ...params.values);
    return parseEstimates(row?.["QUERY PLAN"]);
  };

  beforeAll(async () => {
    const index = new PostgresSearchIndex(db());
    await index.prepare();
    await index.rebuild(
      (async function* () {
        yield offers;
      })(),
    );
  });

  it("knows a word in most titles from a word only in descriptions", async () => {
    const praktikum = await estimate("praktikum");
    const lager = await estimate("lager");
    expect(praktikum?.titles).toBeGreaterThan(40);
    expect(praktikum?.texts).toBeGreaterThan(40);
    expect(lager?.titles).toBeLessThan(20);
    expect(lager?.texts).toBeGreaterThan(20);
  });

  it("counts on the place filter, except for what a gather reads", async () => {
    const far = { near: { latitude: 49.443, longitude: 1.089, radiusKm: 10 } };
    const praktikum = await estimate("praktikum", far);
    expect(praktikum?.titles).toBeLessThan(20);
    expect(praktikum?.texts).toBeLessThan(20);
    expect(praktikum?.allTexts).toBeGreaterThan(40);
  });
});
