import { DemoRandom } from "~/modules/demo/demo-random";
import { randomPerson } from "~/modules/demo/names";
import { describeOfferDe, describeOfferFr } from "~/modules/demo/offer-text";
import { OFFER_TEMPLATES } from "~/modules/demo/offer-templates";
import { COMPANY_CATALOGUE } from "~/modules/demo/company-catalogue";
import { CEFR_LEVELS, type CefrLevel } from "~/modules/reference/cefr";
import { OCCUPATIONAL_FIELDS, type FieldKey } from "~/modules/reference/occupational-fields";
import { PLACES } from "~/modules/reference/places";
import type { AccommodationKind, SearchDocument } from "~/modules/search/search-index";

/**
 * A large, realistic corpus for the search benchmark: offers written from the demo data's
 * bilingual templates (titles, tasks, descriptions in the style of real ads), spread over the
 * region's towns, fields and 2027's hosting seasons. Seeded: the same count gives the same offers.
 */
const FIELDS = OCCUPATIONAL_FIELDS.map((field) => field.key) as FieldKey[];
const ACCOMMODATIONS: AccommodationKind[] = ["NONE", "HELP_FINDING", "PROVIDED"];
const COMPANY_WORDS = {
  DE: ["Werkstatt", "Technik", "Service", "Betrieb", "Handwerk", "Partner", "Team", "Gruppe"],
  FR: ["Atelier", "Services", "Entreprise", "Artisans", "Groupe", "Solutions", "Maison", "Compagnie"],
};

const day = (offset: number) => new Date(Date.UTC(2027, 0, 4 + offset)).toISOString().slice(0, 10);

export function* searchCorpus(count: number, seed = 2026, batchSize = 1000): Generator<SearchDocument[]> {
  const random = new DemoRandom(seed);
  let batch: SearchDocument[] = [];
  for (let number = 1; number <= count; number++) {
    batch.push(corpusOffer(random, number));
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function corpusOffer(random: DemoRandom, number: number): SearchDocument {
  const place = random.pick(PLACES);
  const country = place.country;
  const fieldKey = random.pick(FIELDS);
  const template = OFFER_TEMPLATES[fieldKey];
  const variant = random.pick(template.variants);
  const owner = randomPerson(random, country, "adult");
  const companyName = random.chance(0.3)
    ? `${random.pick(COMPANY_CATALOGUE).name.split(" ")[0]} ${owner.lastName}`
    : `${owner.lastName} ${random.pick(COMPANY_WORDS[country])}`;
  // Offers are written in the host country's language, a third of them in both.
  const both = random.chance(0.33);
  const german = country === "DE" || both;
  const french = country === "FR" || both;
  const levelIndex = Math.max(0, Math.min(5, CEFR_LEVELS.indexOf(template.level) + random.int(-1, 1)));
  const languageLevel = CEFR_LEVELS[levelIndex] as CefrLevel;
  const minorsWelcome = random.chance(template.minorsShare);
  const accommodation = random.pick(ACCOMMODATIONS);
  const minWeeks = random.int(2, 4);
  const maxWeeks = minWeeks + random.int(0, 4);
  const facts = {
    companyName,
    country,
    town: { de: place.de, fr: place.fr },
    opening: random.int(0, 2),
    tasks: [...random.sample(variant.tasks, 3), random.pick(template.common)],
    languageLevel,
    minorsWelcome,
    accommodation,
    allowanceEuroMonth: random.chance(0.4) ? 50 * random.int(2, 9) : null,
    tutorName: randomPerson(random, country, "adult").fullName,
  };
  const periods = Array.from({ length: random.int(1, 3) }, (_, index) => {
    const start = index * 120 + random.int(0, 100);
    const length = 7 * (maxWeeks + random.int(0, 2)) - 3;
    return { startsOn: day(start), endsOn: day(start + length), places: random.int(1, 4) };
  });
  const related = random.chance(0.3) ? [random.pick(FIELDS)] : [];
  const fieldKeys = [...new Set([fieldKey, ...related])].sort();
  return {
    id: `00000000-0000-4000-8000-${String(number).padStart(12, "0")}`,
    number,
    titleDe: german ? variant.title[0] : null,
    titleFr: french ? variant.title[1] : null,
    descriptionDe: german ? describeOfferDe(facts) : null,
    descriptionFr: french ? describeOfferFr(facts) : null,
    companyName,
    fieldKeys,
    fieldNames: fieldKeys.flatMap((key) => {
      const named = OCCUPATIONAL_FIELDS.find((candidate) => candidate.key === key)!;
      return [named.de, named.fr];
    }),
    placeKey: place.key,
    placeNameDe: place.de,
    placeNameFr: place.fr,
    country,
    latitude: place.latitude,
    longitude: place.longitude,
    languageLevel,
    minWeeks,
    maxWeeks,
    accommodation,
    minorsWelcome,
    minAge: minorsWelcome ? 16 : 18,
    periods,
    publishedAt: new Date(Date.UTC(2026, 5, 1) + random.int(0, 178 * 24) * 3_600_000).toISOString(),
  };
}
