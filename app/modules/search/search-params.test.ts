import { describe, expect, it } from "vitest";
import {
  activeFilters,
  DEFAULT_REQUEST,
  parseSearchParams,
  parseStrictSearchParams,
  searchString,
  toSearchParams,
  type SearchRequest,
} from "./search-params";

const strict = (query: string, allow: string[] = []) => parseStrictSearchParams(new URLSearchParams(query), allow);
const lenient = (query: string) => parseSearchParams(new URLSearchParams(query), { mode: "lenient" });

const FULL: SearchRequest = {
  text: "mécatronique Hannover",
  fields: ["mechatronics", "metal"],
  countries: ["DE"],
  place: "hannover",
  radiusKm: 50,
  level: "B1",
  availableFrom: "2026-05-01",
  availableTo: "2026-07-31",
  weeks: 4,
  accommodation: ["HELP_FINDING", "PROVIDED"],
  minorsWelcome: true,
  sort: "distance",
  page: 3,
  perPage: 10,
};

describe("reading a search from the URL", () => {
  it("reads every parameter", () => {
    const answer = strict(
      "q=m%C3%A9catronique+Hannover&fields=mechatronics&fields=metal&country=DE&place=hannover&radius=50&level=B1" +
        "&from=2026-05-01&to=2026-07-31&weeks=4&accommodation=HELP_FINDING&accommodation=PROVIDED&minors=yes" +
        "&sort=distance&page=3&perPage=10",
    );
    expect(answer).toEqual({ ok: true, request: FULL });
  });

  it("gives the plain list for no parameters, and treats empty values as absent (a form sends every field)", () => {
    expect(strict("")).toEqual({ ok: true, request: DEFAULT_REQUEST });
    expect(strict("q=&fields=&place=&radius=&level=&from=&to=&weeks=&minors=&sort=")).toEqual({
      ok: true,
      request: DEFAULT_REQUEST,
    });
  });

  it("accepts comma-separated lists, lower-case codes and repeated values once", () => {
    const answer = strict("fields=metal,it&fields=metal&country=de&accommodation=provided&level=b2");
    expect(answer).toMatchObject({
      ok: true,
      request: { fields: ["metal", "it"], countries: ["DE"], accommodation: ["PROVIDED"], level: "B2" },
    });
  });

  it("reads minors=yes/no as true/false", () => {
    expect(strict("minors=no")).toMatchObject({ ok: true, request: { minorsWelcome: false } });
  });
});

describe("refusing malformed parameters (API)", () => {
  const cases: [string, string, string][] = [
    ["fields=cooking", "fields", "search:problems.fields"],
    ["country=IT", "country", "search:problems.country"],
    ["place=Hannover%20Mitte", "place", "search:problems.place"],
    ["place=hannover&radius=far", "radius", "search:problems.radius"],
    ["place=hannover&radius=0", "radius", "search:problems.radius"],
    ["place=hannover&radius=12.5", "radius", "search:problems.radius"],
    ["radius=50", "radius", "search:problems.radiusWithoutPlace"],
    ["level=D1", "level", "search:problems.level"],
    ["from=2026-02-30", "from", "search:problems.from"],
    ["from=01.05.2026", "from", "search:problems.from"],
    ["to=tomorrow", "to", "search:problems.to"],
    ["from=2026-06-01&to=2026-05-01", "to", "search:problems.toBeforeFrom"],
    ["weeks=0", "weeks", "search:problems.weeks"],
    ["weeks=53", "weeks", "search:problems.weeks"],
    ["accommodation=TENT", "accommodation", "search:problems.accommodation"],
    ["minors=maybe", "minors", "search:problems.minors"],
    ["sort=price", "sort", "search:problems.sort"],
    ["sort=distance", "sort", "search:problems.distanceWithoutPlace"],
    ["page=0", "page", "search:problems.page"],
    ["page=-2", "page", "search:problems.page"],
    ["page=51", "page", "search:problems.pageBeyondLimit"],
    ["perPage=50&page=21", "page", "search:problems.pageBeyondLimit"],
    ["perPage=51", "perPage", "search:problems.perPage"],
    ["perPage=0", "perPage", "search:problems.perPage"],
    [`q=${"a".repeat(201)}`, "q", "search:problems.q"],
    ["q=a&q=b", "q", "search:problems.repeated"],
    ["colour=red", "colour", "search:problems.unknown"],
  ];
  it.each(cases)("%s → %s", (query, parameter, message) => {
    expect(strict(query)).toEqual({ ok: false, problem: { parameter, message } });
  });

  it("names the first problem: unknown parameters, then in the order of the parameter list", () => {
    expect(strict("weeks=99&level=Z9&zoom=3")).toMatchObject({ problem: { parameter: "zoom" } });
    expect(strict("weeks=99&level=Z9")).toMatchObject({ problem: { parameter: "level" } });
  });

  it("lets the caller allow its own parameters (the API's lang)", () => {
    expect(strict("lang=fr&q=koch", ["lang"])).toMatchObject({ ok: true, request: { text: "koch" } });
    expect(strict("lang=fr")).toMatchObject({ ok: false, problem: { parameter: "lang" } });
  });

  it("allows the last page within the exact-total limit", () => {
    expect(strict("page=50")).toMatchObject({ ok: true, request: { page: 50 } });
    expect(strict("perPage=50&page=20")).toMatchObject({ ok: true, request: { page: 20, perPage: 50 } });
  });
});

describe("reading leniently (search page)", () => {
  it("ignores unknown parameters and perPage, which the page does not offer", () => {
    expect(lenient("utm_source=mail&perPage=50&q=koch")).toEqual({
      request: { ...DEFAULT_REQUEST, text: "koch" },
      problems: [],
    });
  });

  it("drops each malformed parameter, keeps the rest, and names them all", () => {
    const { request, problems } = lenient("q=koch&level=Z9&radius=50&sort=distance&fields=metal&fields=nonsense");
    expect(request).toEqual({ ...DEFAULT_REQUEST, text: "koch" });
    expect(problems.map((problem) => problem.parameter)).toEqual(["fields", "radius", "level", "sort"]);
  });

  it("takes the first of a repeated single parameter", () => {
    expect(lenient("q=a&q=b").request.text).toBe("a");
  });
});

describe("writing a search into the URL", () => {
  it("round-trips every parameter", () => {
    const written = toSearchParams(FULL);
    expect(strict(written.toString())).toEqual({ ok: true, request: FULL });
  });

  it("leaves defaults out and writes a fixed order, so one search has one URL", () => {
    expect(searchString(DEFAULT_REQUEST)).toBe("");
    expect(searchString({ ...DEFAULT_REQUEST, page: 2, text: " koch " })).toBe("?q=koch&page=2");
    expect(toSearchParams({ ...FULL, perPage: 20 }).toString()).toBe(
      "q=m%C3%A9catronique+Hannover&fields=mechatronics&fields=metal&country=DE&place=hannover&radius=50&level=B1" +
        "&from=2026-05-01&to=2026-07-31&weeks=4&accommodation=HELP_FINDING&accommodation=PROVIDED&minors=yes" +
        "&sort=distance&page=3",
    );
  });

  it("round-trips random combinations", () => {
    const options = {
      text: ["", "Koch", "mécatronique à Caen", "a&b=c"],
      fields: [[], ["it"], ["it", "metal", "health"]],
      place: [null, "caen"],
      level: [null, "A1", "C2"] as const,
      weeks: [null, 1, 52],
      minorsWelcome: [null, true, false],
      page: [1, 2, 50],
    };
    for (let seed = 0; seed < 200; seed++) {
      const pick = <T>(list: readonly T[], salt: number) =>
        list[(seed * 7 + salt * 13 + seed * salt) % list.length] as T;
      const place = pick(options.place, 2);
      const request: SearchRequest = {
        ...DEFAULT_REQUEST,
        text: pick(options.text, 0),
        fields: pick(options.fields, 1),
        place,
        radiusKm: place ? 25 : null,
        sort: place ? "distance" : "newest",
        level: pick(options.level, 3),
        weeks: pick(options.weeks, 4),
        minorsWelcome: pick(options.minorsWelcome, 5),
        page: pick(options.page, 6),
      };
      expect(strict(toSearchParams(request).toString())).toEqual({ ok: true, request });
    }
  });
});

describe("active filters as removable chips", () => {
  it("lists one chip per value, each link dropping only that value and going back to page 1", () => {
    const chips = activeFilters(FULL);
    expect(chips.map((chip) => `${chip.parameter}=${chip.value}`)).toEqual([
      "fields=mechatronics",
      "fields=metal",
      "country=DE",
      "place=hannover",
      "level=B1",
      "from=2026-05-01",
      "to=2026-07-31",
      "weeks=4",
      "accommodation=HELP_FINDING",
      "accommodation=PROVIDED",
      "minors=yes",
    ]);
    const metal = chips[1];
    expect(metal?.without).toEqual({ ...FULL, fields: ["mechatronics"], page: 1 });
  });

  it("drops radius and distance sort with the place, so the link stays valid", () => {
    const place = activeFilters(FULL).find((chip) => chip.parameter === "place");
    expect(place?.without).toMatchObject({ place: null, radiusKm: null, sort: "relevance" });
    expect(strict(toSearchParams(place!.without).toString()).ok).toBe(true);
  });

  it("has no chips for text, sort and page alone", () => {
    expect(activeFilters({ ...DEFAULT_REQUEST, text: "koch", sort: "newest", page: 4 })).toEqual([]);
  });
});
