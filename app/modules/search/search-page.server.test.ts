/**
 * The search page's loader with real requests against indexed offers: what a reader sees for a
 * URL — hits, count, chips, notices, and the way out of an empty result.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { routeArgs } from "../../../test/support/company-fixtures";
import { pageWindow } from "./search-page-view";
import { searchPageLoader, type SearchPageData } from "./search-page.server";
import { seedSearchOffers } from "../../../test/support/search-test-data";

let offers: Awaited<ReturnType<typeof seedSearchOffers>>;
beforeAll(async () => {
  offers = await seedSearchOffers();
});

function visit(path: string): Promise<SearchPageData> {
  return searchPageLoader(routeArgs(path));
}

/** Intl writes no-break and narrow spaces in numbers; compare them as spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, " ");

describe("the search page", () => {
  it("finds German offers for a French word with a typo, with the matched word marked", async () => {
    const page = await visit("/fr/offers?q=mecatronique");
    expect(page.count).toBe("3 offres");
    const hildesheim = page.hits.find((hit) => hit.id === offers.hildesheim.id);
    expect(hildesheim).toMatchObject({
      title: "Praktikum Mechatronik in der Anlagenmontage",
      titleLanguage: "de",
      company: "Weber Technik",
      place: "Hildesheim",
      path: expect.stringMatching(/^\/fr\/offers\/praktikum-mechatronik-in-der-anlagenmontage-\d+$/),
    });
    expect(hildesheim?.titleMarks.filter((part) => part.match).map((part) => part.text.toLowerCase())).toEqual([
      "mechatronik",
    ]);
    expect(hildesheim?.titleMarks.map((part) => part.text).join("")).toBe(hildesheim?.title);
    expect(spaced(hildesheim?.periods[0]?.text ?? "")).toBe("3 mai – 11 juin 2027");
    // The French title is shown where there is one.
    expect(page.hits.find((hit) => hit.id === offers.hannover.id)).toMatchObject({
      title: "Stage en mécatronique",
      titleLanguage: "fr",
    });
    expect(page.meta).toMatchObject({ title: "«\u00a0mecatronique\u00a0» – Trouver un stage", noindex: true });
  });

  it("lists everything, newest first when asked, with facet counts on every filter option", async () => {
    const page = await visit("/de/offers?sort=newest");
    expect(page.count).toBe("5 Angebote");
    expect(page.hits.map((hit) => hit.id)).toEqual([
      offers.hannover.id,
      offers.hildesheim.id,
      offers.braunschweig.id,
      offers.caen.id,
      offers.rouen.id,
    ]);
    expect(page.options.fields.find((field) => field.value === "mechatronics")).toEqual({
      value: "mechatronics",
      label: "Mechatronik & Automatisierung",
      count: 3,
    });
    // My level B1 takes every offer that asks for A1 to B1.
    expect(page.options.levels.map((level) => [level.value, level.count])).toEqual([
      ["A1", 0],
      ["A2", 3],
      ["B1", 4],
      ["B2", 5],
      ["C1", 5],
      ["C2", 5],
    ]);
    expect(page.chips).toEqual([]);
    expect(page.meta.noindex).toBeUndefined();
  });

  it("filters by place and radius, sorts by distance and shows chips that remove one filter each", async () => {
    const page = await visit("/fr/offers?q=mecatronique&place=hannover&radius=50&sort=distance&fields=mechatronics");
    expect(page.hits.map((hit) => [hit.place, hit.distanceKm])).toEqual([
      ["Hanovre", 0],
      ["Hildesheim", 28],
    ]);
    // The map beside the list gets each hit's place, and the configured tiles.
    expect(page.hits.map((hit) => hit.point)).toEqual([
      { lat: 52.37, lng: 9.733 },
      { lat: 52.155, lng: 9.958 },
    ]);
    expect(page.map.tileUrl).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(page.chips).toEqual([
      {
        label: "Pilotage & maintenance d’installations automatisées",
        href: "/fr/offers?q=mecatronique&place=hannover&radius=50&sort=distance",
      },
      { label: "Hanovre, jusqu’à 50 km", href: "/fr/offers?q=mecatronique&fields=mechatronics" },
    ]);
    expect(page.clearAll).toBe("/fr/offers?q=mecatronique");
    expect(page.queryString).toBe("q=mecatronique&fields=mechatronics&place=hannover&radius=50&sort=distance");
    expect(page.savedQuery).toBe(page.queryString);
  });

  it("pages through results with links to each page", async () => {
    const page = await visit("/de/offers?sort=newest&page=1");
    expect(page.pageCount).toBe(1);
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(7, 50)).toEqual([1, null, 5, 6, 7, 8, 9, null, 50]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
});

describe("when something is wrong or nothing is found", () => {
  it("drops malformed parameters with a notice instead of failing, and ignores unknown ones", async () => {
    const page = await visit(
      "/de/offers?q=mechatronik&level=Z9&radius=50&utm_source=mail&place=atlantis&sort=distance",
    );
    expect(page.notices).toEqual(["search:problems.level", "search:problems.unknownPlace"]);
    // The radius and the distance sort go with the unknown place.
    expect(page.search).toMatchObject({
      text: "mechatronik",
      level: null,
      place: null,
      radiusKm: null,
      sort: "relevance",
    });
    expect(page.count).toBe("3 Angebote");
  });

  it("suggests which filter to drop, with how many offers that gives", async () => {
    const page = await visit("/de/offers?q=mechatronik&country=FR&accommodation=PROVIDED");
    expect(page.hits).toEqual([]);
    expect(page.count).toBe("0 Angebote");
    expect(page.alternatives).toEqual([
      { label: "Frankreich", count: 1, href: "/de/offers?q=mechatronik&accommodation=PROVIDED" },
    ]);
  });

  it("offers a corrected spelling, beyond the typos a search forgives, that finds offers with the same filters", async () => {
    // Two typos in eight letters (one is forgiven) and three in eleven (two are). The restaurant
    // in Caen takes no minors.
    for (const [typed, corrected, found] of [
      ["Resturnt", "restaurant", [offers.rouen.id]],
      ["Praktikm Anlgnmontge", "praktikum anlagenmontage", [offers.hildesheim.id]],
    ] as const) {
      const page = await visit(`/fr/offers?q=${encodeURIComponent(typed)}&minors=yes`);
      expect(page.hits).toEqual([]);
      expect(page.suggestion).toEqual({
        text: corrected,
        href: `/fr/offers?q=${corrected.replace(" ", "+")}&minors=yes`,
      });
      const followed = await visit(page.suggestion?.href ?? "");
      expect(followed.hits.map((hit) => hit.id)).toEqual(found);
    }
  });

  it("offers no corrected spelling that would find nothing either", async () => {
    // Searched as "anlagenmontage" already: its one offer is in Germany. Dropping the filter helps.
    const page = await visit("/de/offers?q=Anlagenmontge&country=FR");
    expect(page.hits).toEqual([]);
    expect(page.suggestion).toBeNull();
    expect(page.alternatives).toEqual([{ label: "Frankreich", count: 1, href: "/de/offers?q=Anlagenmontge" }]);
    // Known words have nothing to correct.
    expect((await visit("/de/offers?q=Restaurant+Mechatronik")).suggestion).toBeNull();
  });

  it("says so when a page lies past the end", async () => {
    const page = await visit("/de/offers?page=3");
    expect(page.hits).toEqual([]);
    expect(page.total).toBe(5);
    expect(page.firstPage).toBe("/de/offers");
  });
});
