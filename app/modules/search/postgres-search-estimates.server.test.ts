import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { calibrate, estimatesSql, parseEstimates } from "./postgres-search-estimates";
import { PostgresSearchIndex } from "./postgres-search-index.server";
import { SqlParams } from "./postgres-search-sql";
import { contractOffer } from "./search-contract";
import { EMPTY_QUERY, type SearchQuery } from "./search-index";

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
  it("keeps the planner's ratios: title matches among the matches, and what the filters keep", () => {
    // "Mechatronikr": the planner sees 51,000 matches and 11,000 titles; 6,000 offers match.
    expect(calibrate({ titles: 11_000, texts: 51_000, allTexts: 51_000 }, 6_000, 6_000)).toEqual({
      inTitles: (6_000 * 11_000) / 51_000,
      gathered: 6_000,
    });
    // Around a place that keeps a tenth of the matches, a gather still reads them all.
    expect(calibrate({ titles: 10, texts: 600, allTexts: 6_000 }, 500, 400).gathered).toBe(5_000);
  });

  it("never counts more title matches than matches, nor gathers fewer than were counted", () => {
    expect(calibrate({ titles: 900, texts: 600, allTexts: 300 }, 500, 400)).toEqual({ inTitles: 400, gathered: 500 });
    expect(calibrate({ titles: 0, texts: 0, allTexts: 0 }, 0, 0)).toEqual({ inTitles: 0, gathered: 0 });
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
