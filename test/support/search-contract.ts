import { beforeAll, describe, expect, it } from "vitest";
import {
  EMPTY_QUERY,
  type SearchDocument,
  type SearchIndex,
  type SearchQuery,
} from "../../app/modules/search/search-index";

/**
 * The behaviour every search engine must show, as one suite that each adapter's test file runs
 * (PostgreSQL always; Meilisearch when MEILISEARCH_URL is set). Eight offers on both sides of
 * the partnership are enough to show each rule of the issue; each test names the rule.
 */
const HANNOVER = { latitude: 52.37, longitude: 9.733 };

/** A document with plain defaults (a German offer in Hannover), for the adapters' own tests too. */
export function contractOffer(number: number, fields: Partial<SearchDocument>): SearchDocument {
  return {
    id: `00000000-0000-4000-8000-${String(number).padStart(12, "0")}`,
    number,
    titleDe: null,
    titleFr: null,
    descriptionDe: null,
    descriptionFr: null,
    companyName: "Betrieb",
    fieldKeys: [],
    fieldNames: [],
    placeKey: "hannover",
    placeNameDe: "Hannover",
    placeNameFr: "Hanovre",
    country: "DE",
    ...HANNOVER,
    languageLevel: "A2",
    minWeeks: 2,
    maxWeeks: 4,
    accommodation: "NONE",
    minorsWelcome: true,
    minAge: 15,
    periods: [{ startsOn: "2027-05-03", endsOn: "2027-05-28", places: 1 }],
    publishedAt: "2026-10-01T10:00:00.000Z",
    ...fields,
  };
}

export const CONTRACT_OFFERS: SearchDocument[] = [
  contractOffer(1, {
    titleDe: "Praktikum Mechatronik",
    descriptionDe: "Sie arbeiten in der Instandhaltung unserer Fertigungslinien mit.",
    companyName: "Oker Automation GmbH",
    fieldKeys: ["mechatronics"],
    fieldNames: ["Mechatronik & Automatisierung", "Mécatronique & automatismes"],
    placeKey: "braunschweig",
    placeNameDe: "Braunschweig",
    placeNameFr: "Brunswick",
    latitude: 52.269,
    longitude: 10.527,
    accommodation: "HELP_FINDING",
    publishedAt: "2026-10-01T10:00:00.000Z",
  }),
  contractOffer(2, {
    titleDe: "Koch oder Köchin im Hotelrestaurant",
    descriptionDe: "Mitarbeit in der Küche eines Stadthotels.",
    companyName: "Hotel am Maschsee",
    fieldKeys: ["hospitality"],
    fieldNames: ["Hotel & Gastronomie", "Hôtellerie-restauration"],
    languageLevel: "B1",
    minorsWelcome: false,
    minAge: 18,
    accommodation: "PROVIDED",
    periods: [{ startsOn: "2027-06-07", endsOn: "2027-07-02", places: 2 }],
    publishedAt: "2026-11-01T10:00:00.000Z",
  }),
  contractOffer(3, {
    titleFr: "Stage en mécatronique",
    descriptionFr: "Maintenance des lignes de production et automates.",
    companyName: "Seine Automatismes SAS",
    fieldKeys: ["mechatronics"],
    fieldNames: ["Mechatronik & Automatisierung", "Mécatronique & automatismes"],
    placeKey: "rouen",
    placeNameDe: "Rouen",
    placeNameFr: "Rouen",
    country: "FR",
    latitude: 49.443,
    longitude: 1.089,
    periods: [{ startsOn: "2027-04-12", endsOn: "2027-05-07", places: 1 }],
    publishedAt: "2026-09-15T10:00:00.000Z",
  }),
  contractOffer(4, {
    titleFr: "Stage de cuisinier en brasserie",
    descriptionFr: "Préparation des entrées et des desserts.",
    companyName: "Brasserie du Port",
    fieldKeys: ["hospitality"],
    fieldNames: ["Hotel & Gastronomie", "Hôtellerie-restauration"],
    placeKey: "caen",
    placeNameDe: "Caen",
    placeNameFr: "Caen",
    country: "FR",
    latitude: 49.183,
    longitude: -0.371,
    languageLevel: "A1",
    accommodation: "PROVIDED",
    periods: [{ startsOn: "2027-03-01", endsOn: "2027-03-26", places: 1 }],
    publishedAt: "2026-11-10T10:00:00.000Z",
  }),
  contractOffer(5, {
    titleDe: "Tischler Praktikum im Möbelbau",
    descriptionDe: "Bau von Einzelmöbeln aus Massivholz.",
    companyName: "Holzwerkstatt Leinetal",
    fieldKeys: ["wood"],
    fieldNames: ["Holz, Möbel, Innenausbau", "Bois, ameublement"],
    placeKey: "goettingen",
    placeNameDe: "Göttingen",
    placeNameFr: "Göttingen",
    latitude: 51.541,
    longitude: 9.916,
    languageLevel: "B2",
    periods: [{ startsOn: "2027-09-06", endsOn: "2027-10-01", places: 1 }],
    publishedAt: "2026-08-01T10:00:00.000Z",
  }),
  contractOffer(6, {
    titleFr: "Animateur à l'école de voile",
    descriptionFr: "Accueil des groupes et entretien des bateaux.",
    companyName: "Club nautique havrais",
    fieldKeys: ["maritime"],
    fieldNames: ["Maritime & Hafen", "Métiers de la mer"],
    placeKey: "le-havre",
    placeNameDe: "Le Havre",
    placeNameFr: "Le Havre",
    country: "FR",
    latitude: 49.494,
    longitude: 0.108,
    periods: [{ startsOn: "2027-07-05", endsOn: "2027-07-30", places: 3 }],
    publishedAt: "2026-10-20T10:00:00.000Z",
  }),
  contractOffer(7, {
    titleDe: "Einzelhandel: Verkauf im Autohaus",
    titleFr: "Vente en concession automobile",
    descriptionDe: "Beratung von Kundinnen und Kunden im Showroom.",
    descriptionFr: "Conseil aux clients dans le showroom.",
    companyName: "Autohaus Wolfsburg",
    fieldKeys: ["retail"],
    fieldNames: ["Handel & Verkauf", "Commerce, vente, accueil"],
    placeKey: "wolfsburg",
    placeNameDe: "Wolfsburg",
    placeNameFr: "Wolfsburg",
    latitude: 52.423,
    longitude: 10.787,
    languageLevel: "B1",
    minWeeks: 3,
    maxWeeks: 6,
    publishedAt: "2026-10-05T10:00:00.000Z",
  }),
  contractOffer(8, {
    titleDe: "Elektroniker für Betriebstechnik",
    descriptionDe: "Wartung von Schaltanlagen.",
    companyName: "Stadtwerke Hildesheim",
    fieldKeys: ["electrical"],
    fieldNames: ["Elektro, Energie, SHK", "Électricité, énergie"],
    placeKey: "hildesheim",
    placeNameDe: "Hildesheim",
    placeNameFr: "Hildesheim",
    latitude: 52.155,
    longitude: 9.958,
    languageLevel: "A2",
    minWeeks: 4,
    maxWeeks: 8,
    periods: [{ startsOn: "2027-05-03", endsOn: "2027-06-25", places: 1 }],
    publishedAt: "2026-07-01T10:00:00.000Z",
  }),
];

export const CONTRACT_SYNONYMS = [
  ["Koch", "Köchin", "cuisinier", "cuisine"],
  ["Mechatroniker", "Mechatronik", "mécatronicien", "mécatronique"],
  ["Einzelhandel", "Verkauf", "vente"],
  ["Instandhaltung", "maintenance industrielle"],
  ["Kfz-Mechatroniker", "Autohaus"],
];

/**
 * Registers the contract for one engine. With `skip` (the reason), every test is still listed by
 * name and reported as skipped, so a run shows what it did not check and why.
 */
export function describeSearchIndexContract(
  name: string,
  makeIndex: () => Promise<SearchIndex>,
  { skip }: { skip?: string } = {},
) {
  (skip ? describe.skip : describe)(`search contract: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let index: SearchIndex;
    const search = (query: Partial<SearchQuery>) => index.search({ ...EMPTY_QUERY, ...query });
    const numbers = async (query: Partial<SearchQuery>) =>
      (await search({ perPage: 50, ...query })).hits.map((hit) => hit.number).sort((a, b) => a - b);

    beforeAll(async () => {
      index = await makeIndex();
      await index.prepare();
      await index.setSynonyms(CONTRACT_SYNONYMS);
      await index.rebuild(
        (async function* () {
          yield CONTRACT_OFFERS;
        })(),
      );
    });

    it("lists everything, newest first, when there is no text", async () => {
      const result = await search({ perPage: 50 });
      expect(result.total).toBe(8);
      expect(result.totalIsExact).toBe(true);
      expect(result.hits.map((hit) => hit.number)).toEqual([4, 2, 6, 7, 1, 3, 5, 8]);
    });

    it("finds words of either language, whatever the accents and case", async () => {
      expect(await numbers({ text: "Instandhaltung" })).toEqual([1]);
      expect(await numbers({ text: "brasserie" })).toEqual([4]);
      expect(await numbers({ text: "ECOLE" })).toEqual([6]);
      expect(await numbers({ text: "l'école de voile" })).toEqual([6]);
    });

    it("finds German offers with French words and French offers with German ones", async () => {
      expect(await numbers({ text: "mécatronique" })).toEqual([1, 3]);
      expect(await numbers({ text: "Mechatronik" })).toEqual([1, 3]);
      expect(await numbers({ text: "cuisinier" })).toEqual([2, 4]);
    });

    it("forgives one typo from five letters and two from nine, none below five", async () => {
      expect(await numbers({ text: "Tischlr" })).toEqual([5]);
      expect(await numbers({ text: "mecatroniqe" })).toEqual([1, 3]);
      expect(await numbers({ text: "Mekatronik" })).toEqual([1, 3]);
      expect(await numbers({ text: "Kosh" })).toEqual([]);
    });

    it("counts two neighbouring letters swapped as one typo", async () => {
      expect(await numbers({ text: "Tsichler" })).toEqual([5]);
      expect(await numbers({ text: "hotle" })).toEqual([2, 4]);
      // Swaps inside short words, whose trigrams hardly overlap the right word's.
      expect(await numbers({ text: "hoetl" })).toEqual([2, 4]);
      expect(await numbers({ text: "Tishcler" })).toEqual([5]);
      // A swap and a letter dropped: two typos, allowed from nine letters.
      expect(await numbers({ text: "Mechatornk" })).toEqual([1, 3]);
      expect(await numbers({ text: "Kcoh" })).toEqual([]);
    });

    it("finds words from their beginning while typing", async () => {
      expect(await numbers({ text: "mecha" })).toEqual([1, 3]);
      expect(await numbers({ text: "Möbel tisch" })).toEqual([5]);
    });

    it("uses the synonyms", async () => {
      expect(await numbers({ text: "Koch" })).toEqual([2, 4]);
      expect(await numbers({ text: "Einzelhandel" })).toEqual([7]);
    });

    it("finds offers by their place's name in either language", async () => {
      const inPlace = (name: string) =>
        CONTRACT_OFFERS.filter((offer) => offer.placeNameFr === name).map((offer) => offer.number);
      expect(inPlace("Hanovre").length).toBeGreaterThan(0);
      expect(await numbers({ text: "Hanovre" })).toEqual(inPlace("Hanovre"));
      expect(await numbers({ text: "Brunswick" })).toEqual(inPlace("Brunswick"));
    });

    it("uses synonyms of several words, typed with spaces or hyphens", async () => {
      expect(await numbers({ text: "maintenance industrielle" })).toEqual([1]);
      expect(await numbers({ text: "Kfz-Mechatroniker" })).toEqual([7]);
      expect(await numbers({ text: "Autohaus" })).toEqual([7]);
    });

    it("filters by fields (any of), country, level, duration, accommodation and minors", async () => {
      expect(await numbers({ fields: ["mechatronics", "wood"] })).toEqual([1, 3, 5]);
      expect(await numbers({ countries: ["FR"] })).toEqual([3, 4, 6]);
      expect(await numbers({ level: "A2" })).toEqual([1, 3, 4, 6, 8]);
      expect(await numbers({ weeks: 5 })).toEqual([7, 8]);
      expect(await numbers({ accommodation: ["PROVIDED", "HELP_FINDING"] })).toEqual([1, 2, 4]);
      expect(await numbers({ minorsWelcome: true, countries: ["DE"] })).toEqual([1, 5, 7, 8]);
    });

    it("filters by distance around a place", async () => {
      expect(await numbers({ near: { ...HANNOVER, radiusKm: 50 } })).toEqual([2, 8]);
      expect(await numbers({ near: { ...HANNOVER, radiusKm: 80 } })).toEqual([1, 2, 7, 8]);
    });

    it("keeps offers with a period that overlaps the dates long enough", async () => {
      const may = { availableFrom: "2027-05-01", availableTo: "2027-05-31" };
      // Offer 3 ends on 7 May: one week of May is shorter than its two-week minimum.
      expect(await numbers(may)).toEqual([1, 7, 8]);
      expect(await numbers({ ...may, weeks: 4 })).toEqual([1, 7, 8]);
      expect(await numbers({ availableFrom: "2027-05-20", availableTo: "2027-06-30" })).toEqual([2, 8]);
    });

    it("counts each facet without its own filter, so other values stay visible", async () => {
      const result = await search({ fields: ["mechatronics"] });
      expect(result.total).toBe(2);
      expect(result.facets.fields).toMatchObject({ mechatronics: 2, hospitality: 2, wood: 1 });
      expect(result.facets.countries).toEqual({ DE: 1, FR: 1 });
      const french = await search({ fields: ["mechatronics"], countries: ["FR"] });
      expect(french.total).toBe(1);
      expect(french.facets.countries).toEqual({ DE: 1, FR: 1 });
      expect(french.facets.fields).toMatchObject({ mechatronics: 1, hospitality: 1, maritime: 1 });
      expect(french.facets.minorsWelcome).toEqual({ yes: 1, no: 0 });
    });

    it("sorts by newest, earliest start and distance", async () => {
      const order = async (query: Partial<SearchQuery>) =>
        (await search({ perPage: 3, ...query })).hits.map((hit) => hit.number);
      expect(await order({ sort: "newest" })).toEqual([4, 2, 6]);
      expect(await order({ sort: "start" })).toEqual([4, 3, 1]);
      const near = await search({ sort: "distance", near: { ...HANNOVER, radiusKm: null }, perPage: 3 });
      expect(near.hits.map((hit) => hit.number)).toEqual([2, 8, 1]);
      expect(near.hits[1]?.distanceKm).toBeGreaterThan(20);
      expect(near.hits[1]?.distanceKm).toBeLessThan(30);
    });

    it("pages through the results with an exact total", async () => {
      const second = await search({ sort: "newest", perPage: 3, page: 2 });
      expect(second.total).toBe(8);
      expect(second.page).toBe(2);
      expect(second.hits.map((hit) => hit.number)).toEqual([7, 1, 3]);
      expect((await search({ sort: "newest", perPage: 3, page: 4 })).hits).toEqual([]);
    });

    it("marks the words that matched in the titles", async () => {
      const [hit] = (await search({ text: "Mechatronik", fields: ["mechatronics"], countries: ["DE"] })).hits;
      expect(hit?.highlight.titleDe).toEqual([
        { text: "Praktikum ", match: false },
        { text: "Mechatronik", match: true },
      ]);
      expect(hit?.highlight.titleFr).toBeNull();
    });

    it("replaces and removes documents", async () => {
      const [first] = CONTRACT_OFFERS;
      if (!first) throw new Error("no fixture");
      await index.upsert([{ ...first, titleDe: "Praktikum Robotik" }]);
      expect(await numbers({ text: "Robotik" })).toEqual([1]);
      await index.remove([first.id]);
      expect(await numbers({ text: "Robotik" })).toEqual([]);
      expect((await search({})).total).toBe(7);
      await index.upsert([first]);
      expect((await search({})).total).toBe(8);
    });

    it("counts exactly up to 1,000 hits and says 1,000+ beyond", async () => {
      const extra = Array.from({ length: 993 }, (_, i) => contractOffer(1000 + i, { titleDe: `Lagerarbeit ${i}` }));
      await index.upsert(extra.slice(0, 992));
      expect(await search({})).toMatchObject({ total: 1000, totalIsExact: true });
      await index.upsert(extra.slice(992));
      expect(await search({})).toMatchObject({ total: 1000, totalIsExact: false });
      await index.remove(extra.map((offer) => offer.id));
      expect(await search({})).toMatchObject({ total: 8, totalIsExact: true });
    });

    it("rebuilds into a fresh index that replaces the old one at once", async () => {
      const done: number[] = [];
      await index.rebuild(
        (async function* () {
          yield CONTRACT_OFFERS.slice(0, 3);
          yield CONTRACT_OFFERS.slice(3, 5);
        })(),
        (count) => done.push(count),
      );
      expect(done).toEqual([3, 5]);
      expect(await numbers({})).toEqual([1, 2, 3, 4, 5]);
      await index.rebuild(
        (async function* () {
          yield CONTRACT_OFFERS;
        })(),
      );
      expect((await search({})).total).toBe(8);
    });
  });
}
