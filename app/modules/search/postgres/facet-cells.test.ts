import { describe, expect, it } from "vitest";
import { FIELD_KEYS } from "~/modules/reference/occupational-fields";
import { ACCOMMODATION_CODES, countFacets, decodeFacetKey, encodeFacetKey, parseFacetCells } from "./facet-cells";
import { EMPTY_QUERY } from "~/modules/search/search-index";

const bit = (field: string) => 1 << FIELD_KEYS.indexOf(field as (typeof FIELD_KEYS)[number]);
/** The key the search table stores for an offer with these values. */
const key = (fields: string[], country: "DE" | "FR", level: number, accommodation: number, minors: boolean) =>
  encodeFacetKey({
    fieldBits: fields.reduce((bits, field) => bits | bit(field), 0),
    country,
    level,
    accommodation: ACCOMMODATION_CODES[accommodation] ?? "NONE",
    minorsWelcome: minors,
  });

describe("facet cells", () => {
  it("unpacks every faceted value from the key", () => {
    expect(decodeFacetKey(key(["mechatronics", "it"], "FR", 2, 1, true), 7)).toEqual({
      fields: bit("mechatronics") | bit("it"),
      country: "FR",
      level: 2,
      accommodation: "HELP_FINDING",
      minorsWelcome: true,
      count: 7,
    });
  });

  it("packs every field, both countries, all six levels and both minors values apart", () => {
    const all = FIELD_KEYS.reduce((bits, _, index) => bits | (1 << index), 0);
    expect(decodeFacetKey(key([...FIELD_KEYS], "FR", 5, 2, true), 1)).toEqual({
      fields: all,
      country: "FR",
      level: 5,
      accommodation: "PROVIDED",
      minorsWelcome: true,
      count: 1,
    });
    expect(decodeFacetKey(key([], "DE", 0, 0, false), 1)).toMatchObject({ fields: 0, country: "DE", level: 0 });
  });

  it("counts each facet without its own filter but with all the others", () => {
    const cells = parseFacetCells(
      [
        `${key(["mechatronics"], "DE", 1, 2, true)} 10`,
        `${key(["mechatronics", "it"], "FR", 3, 0, false)} 4`,
        `${key(["hospitality"], "DE", 0, 0, true)} 6`,
      ].join(","),
    );
    const { total, facets } = countFacets(cells, { ...EMPTY_QUERY, fields: ["mechatronics"], countries: ["DE"] });
    expect(total).toBe(10);
    // Fields are counted within Germany only, countries within mechatronics only.
    expect(facets.fields).toEqual({ mechatronics: 10, hospitality: 6 });
    expect(facets.countries).toEqual({ DE: 10, FR: 4 });
    expect(facets.levels).toEqual({ A2: 10 });
    expect(facets.accommodation).toEqual({ PROVIDED: 10 });
    expect(facets.minorsWelcome).toEqual({ yes: 10, no: 0 });
  });

  it("applies the level as a ceiling and minors as a choice", () => {
    const cells = parseFacetCells(`${key(["it"], "DE", 1, 0, true)} 3,${key(["it"], "DE", 4, 0, false)} 2`);
    expect(countFacets(cells, { ...EMPTY_QUERY, level: "B1" }).total).toBe(3);
    expect(countFacets(cells, { ...EMPTY_QUERY, minorsWelcome: false }).total).toBe(2);
    expect(countFacets(parseFacetCells(""), EMPTY_QUERY)).toMatchObject({ total: 0, facets: { fields: {} } });
  });

  it("agrees with counting offer by offer, for every combination of filters", () => {
    // Offers with every kind of value, and a query for each mix of filters on them.
    const offers = Array.from({ length: 400 }, (_, n) => ({
      fields: [
        FIELD_KEYS[n % FIELD_KEYS.length] ?? "it",
        ...(n % 3 === 0 ? [FIELD_KEYS[(n * 7) % FIELD_KEYS.length] ?? "it"] : []),
      ],
      country: n % 2 === 0 ? ("DE" as const) : ("FR" as const),
      level: n % 6,
      accommodation: n % 3,
      minors: n % 5 < 2,
    }));
    const text = offers
      .map((offer) => `${key(offer.fields, offer.country, offer.level, offer.accommodation, offer.minors)} 1`)
      .join(",");
    const queries = [
      EMPTY_QUERY,
      { ...EMPTY_QUERY, fields: ["it", "mechatronics"] },
      { ...EMPTY_QUERY, countries: ["FR" as const], level: "B1" as const },
      { ...EMPTY_QUERY, accommodation: ["NONE" as const, "PROVIDED" as const], minorsWelcome: true },
      {
        ...EMPTY_QUERY,
        fields: ["hospitality"],
        countries: ["DE" as const],
        minorsWelcome: false,
        level: "C1" as const,
      },
    ];
    for (const query of queries) {
      const passes = (offer: (typeof offers)[number], except: string) =>
        (except === "fields" ||
          query.fields.length === 0 ||
          offer.fields.some((field) => query.fields.includes(field))) &&
        (except === "countries" || query.countries.length === 0 || query.countries.includes(offer.country)) &&
        (except === "levels" ||
          !query.level ||
          offer.level <= ["A1", "A2", "B1", "B2", "C1", "C2"].indexOf(query.level)) &&
        (except === "accommodation" ||
          query.accommodation.length === 0 ||
          query.accommodation.includes(ACCOMMODATION_CODES[offer.accommodation] ?? "NONE")) &&
        (except === "minors" || query.minorsWelcome === null || offer.minors === query.minorsWelcome);
      const { total, facets } = countFacets(parseFacetCells(text), query);
      expect(total).toBe(offers.filter((offer) => passes(offer, "")).length);
      for (const field of FIELD_KEYS) {
        const expected = offers.filter((offer) => offer.fields.includes(field) && passes(offer, "fields")).length;
        expect(facets.fields[field] ?? 0).toBe(expected);
      }
      expect(facets.countries.FR ?? 0).toBe(offers.filter((o) => o.country === "FR" && passes(o, "countries")).length);
      expect(facets.levels.B2 ?? 0).toBe(offers.filter((o) => o.level === 3 && passes(o, "levels")).length);
      expect(facets.accommodation.HELP_FINDING ?? 0).toBe(
        offers.filter((o) => o.accommodation === 1 && passes(o, "accommodation")).length,
      );
      expect(facets.minorsWelcome.yes).toBe(offers.filter((o) => o.minors && passes(o, "minors")).length);
    }
  });
});
