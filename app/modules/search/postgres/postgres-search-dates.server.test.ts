import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { isoDay } from "~/utils/calendar-days";
import { availableByDefinition, randomPeriods, seeded } from "../../../../test/support/availability-definition";
import { dayNumber } from "~/utils/calendar-days";
import { PostgresSearchIndex } from "./postgres-search-index.server";
import { contractOffer } from "../../../../test/support/search-contract";
import { EMPTY_QUERY, MAX_PER_PAGE, type SearchQuery } from "~/modules/search/search-index";

/**
 * The date filter of the PostgreSQL adapter against the definition, over offers with up to six
 * periods that touch, overlap or stand apart (merged periods, and more than the three it
 * compares directly), and windows open or closed on either side, with or without a duration.
 */
const next = seeded(7);
const base = dayNumber("2027-01-01");
const OFFERS = Array.from({ length: 240 }, (_, i) => {
  const minWeeks = 1 + next(6);
  const periods = randomPeriods(next, base, 6).map(([startsOn, endsOn]) => ({ startsOn, endsOn, places: 1 }));
  return contractOffer(i + 1, { titleDe: `Praktikum ${i + 1}`, minWeeks, maxWeeks: minWeeks + 4, periods });
});

describe("PostgreSQL's date filter", () => {
  const index = new PostgresSearchIndex(db());

  beforeAll(async () => {
    await index.prepare();
    await index.rebuild(
      (async function* () {
        yield OFFERS;
      })(),
    );
  });

  /** Every offer the search finds, page by page. */
  async function found(query: SearchQuery): Promise<number[]> {
    const numbers: number[] = [];
    for (let page = 1; ; page++) {
      const result = await index.search({ ...query, page, perPage: MAX_PER_PAGE });
      numbers.push(...result.hits.map((hit) => hit.number));
      if (result.hits.length < MAX_PER_PAGE) return numbers.sort((a, b) => a - b);
    }
  }

  it("finds exactly the offers the definition says are available", async () => {
    let compared = 0;
    let available = 0;
    for (let round = 0; round < 40; round++) {
      const from = next(4) === 0 ? null : base + next(220);
      const to = next(4) === 0 ? null : (from ?? base) + next(90) - 10;
      if (from === null && to === null) continue;
      const weeks = next(3) === 0 ? null : 1 + next(8);
      const expected = OFFERS.filter((offer) => availableByDefinition(offer, from, to, weeks))
        .filter((offer) => weeks === null || (offer.minWeeks <= weeks && offer.maxWeeks >= weeks))
        .map((offer) => offer.number);
      const query = {
        ...EMPTY_QUERY,
        availableFrom: from === null ? null : isoDay(from),
        availableTo: to === null ? null : isoDay(to),
        weeks,
      };
      // With text too: the filter then sits behind the text's fence.
      for (const text of ["", "praktikum"]) {
        expect(await found({ ...query, text }), JSON.stringify({ from, to, weeks, text })).toEqual(expected);
      }
      compared++;
      available += expected.length;
    }
    expect(compared).toBeGreaterThan(25);
    // Both answers occur often enough for the comparison to mean something.
    expect(available).toBeGreaterThan(compared * OFFERS.length * 0.1);
    expect(available).toBeLessThan(compared * OFFERS.length * 0.9);
  });
});
