import { describe, expect, it } from "vitest";
import { FIELD_KEYS } from "~/modules/reference/occupational-fields";
import { countFacets, decodeFacetKey, parseFacetCells } from "./facet-cells";
import { EMPTY_QUERY } from "./search-index";

const bit = (field: string) => 1 << FIELD_KEYS.indexOf(field as (typeof FIELD_KEYS)[number]);
/** The key PostgreSQL computes (FACET_KEY_SQL) for these values. */
const key = (fields: string[], country: "DE" | "FR", level: number, accommodation: number, minors: boolean) =>
  fields.reduce((bits, field) => bits | bit(field), 0) |
  ((country === "FR" ? 1 : 0) << 21) |
  (level << 22) |
  (accommodation << 25) |
  ((minors ? 1 : 0) << 27);

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
});
