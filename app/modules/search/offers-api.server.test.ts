/**
 * GET /api/v1/offers through its loader (the route only re-exports it), against offers written
 * to a real database and indexed the way the app indexes them: what an integrating site gets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { offerPath } from "~/modules/offers/offer-url";
import { loadEnv } from "~/utils/env.server";
import { offersApiLoader as loader, type ApiAnswer, type ApiError } from "./offers-api.server";
import { seedSearchOffers } from "../../../test/support/search-test-data";

let offers: Awaited<ReturnType<typeof seedSearchOffers>>;
beforeAll(async () => {
  offers = await seedSearchOffers();
});

async function get(query: string): Promise<Response> {
  const request = new Request(`http://localhost/api/v1/offers${query}`);
  return loader({ request, params: {}, context: { requestId: "t" } });
}

async function answer(query: string): Promise<ApiAnswer> {
  const response = await get(query);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as ApiAnswer;
}

async function refusal(query: string): Promise<ApiError["error"]> {
  const response = await get(query);
  expect(response.status).toBe(400);
  expect(response.headers.get("Content-Type")).toMatch(/application\/json/);
  return ((await response.json()) as ApiError).error;
}

describe("searching through the API", () => {
  it("finds German Mechatronik offers for a French word with a typo, with everything an offer card needs", async () => {
    const response = await get("?q=mecatronique&lang=fr");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body = (await response.json()) as ApiAnswer;
    expect(Object.keys(body).sort()).toEqual(["facets", "hits", "page", "total", "totalIsExact"]);
    const ids = body.hits.map((hit) => hit.id);
    expect(ids).toEqual(expect.arrayContaining([offers.hannover.id, offers.hildesheim.id]));
    // Neither a draft nor an offer of a company not yet verified is public.
    expect(ids).not.toContain(offers.draft.id);
    expect(ids).not.toContain(offers.pendingCompany.id);
    expect(body).toMatchObject({ total: body.hits.length, totalIsExact: true, page: 1 });

    const hannover = body.hits.find((hit) => hit.id === offers.hannover.id);
    expect(hannover).toEqual({
      id: offers.hannover.id,
      url: `${loadEnv().APP_URL}${offerPath(offers.hannover, "fr")}`,
      title: { de: "Praktikum Mechatronik", fr: "Stage en mécatronique" },
      company: "Weber Technik",
      fields: [
        { key: "mechatronics", name: "Pilotage & maintenance d’installations automatisées" },
        { key: "metal", name: "Mécanique & réalisation industrielle" },
      ],
      place: { name: "Hanovre", country: "DE", lat: 52.37, lon: 9.733 },
      periods: [{ startsOn: "2027-05-03", endsOn: "2027-06-11", places: 2 }],
      languageLevel: "A2",
      accommodation: "HELP_FINDING",
      minorsWelcome: true,
    });
    expect(hannover?.url).toMatch(/^https?:\/\/[^/]+\/fr\/offers\/stage-en-mecatronique-\d+$/);
  });

  it("speaks German by default", async () => {
    const body = await answer("?q=mechatronik&place=hannover&radius=10");
    expect(body.hits.map((hit) => [hit.place.name, new URL(hit.url).pathname.split("/")[1]])).toEqual([
      ["Hannover", "de"],
    ]);
  });

  it("filters by place and radius, and sorts by distance", async () => {
    const body = await answer("?place=hannover&radius=50&sort=distance");
    // Hildesheim is about 28 km away; Braunschweig about 55 km, outside the radius.
    expect(body.hits.map((hit) => hit.id)).toEqual([offers.hannover.id, offers.hildesheim.id]);
  });

  it("combines filters: country, level, accommodation, minors", async () => {
    expect((await answer("?country=FR")).hits.map((hit) => hit.id).sort()).toEqual(
      [offers.caen.id, offers.rouen.id].sort(),
    );
    // A1 takes no offer; A2 takes every A2 offer, but not Hildesheim (B1) or Rouen (B2).
    expect((await answer("?level=A1")).total).toBe(0);
    expect((await answer("?level=A2")).hits.map((hit) => hit.id).sort()).toEqual(
      [offers.hannover.id, offers.braunschweig.id, offers.caen.id].sort(),
    );
    expect((await answer("?accommodation=PROVIDED")).hits.map((hit) => hit.id)).toEqual([offers.hildesheim.id]);
    expect((await answer("?minors=no")).hits.map((hit) => hit.id)).toEqual([offers.caen.id]);
  });

  it("counts each facet as if its own filter were not set", async () => {
    const body = await answer("?fields=mechatronics");
    expect(body.total).toBe(3);
    // Selecting mechatronics still shows how many hospitality offers there are to add.
    expect(body.facets.fields).toMatchObject({ mechatronics: 3, hospitality: 2, it: 1 });
    expect(body.facets.countries).toMatchObject({ DE: 3 });
  });

  it("pages with perPage, keeping the exact total", async () => {
    const first = await answer("?sort=newest&perPage=2");
    const second = await answer("?sort=newest&perPage=2&page=2");
    expect(first).toMatchObject({ total: 5, totalIsExact: true, page: 1 });
    expect(second).toMatchObject({ total: 5, page: 2 });
    expect(first.hits.map((hit) => hit.id)).toEqual([offers.hannover.id, offers.hildesheim.id]);
    expect(second.hits.map((hit) => hit.id)).toEqual([offers.braunschweig.id, offers.caen.id]);
  });
});

describe("refusing what it does not understand", () => {
  it("names an unknown parameter", async () => {
    expect(await refusal("?q=koch&colour=red")).toEqual({
      code: "invalid_parameter",
      parameter: "colour",
      message: "The search does not know this parameter.",
    });
  });

  it.each([
    ["?place=hannover&radius=far", "radius", "The radius must be a whole number of kilometres from 1 to 500."],
    ["?radius=50", "radius", "A radius needs a place."],
    ["?place=atlantis&radius=50", "place", "We do not know this place."],
    ["?from=2027-06-01&to=2027-05-01", "to", "“Available until” must not be before “Available from”."],
    ["?perPage=100", "perPage", "perPage must be between 1 and 50."],
    ["?page=51", "page", "Cannot page that far: only the first 1000 hits are shown."],
    ["?sort=distance", "sort", "Sorting by distance needs a place."],
    ["?lang=it", "lang", "The language must be de, fr or en."],
  ])("%s → 400 on %s", async (query, parameter, message) => {
    expect(await refusal(query)).toEqual({ code: "invalid_parameter", parameter, message });
  });
});
