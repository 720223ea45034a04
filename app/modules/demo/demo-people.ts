import type { CefrLevel } from "~/modules/reference/cefr";
import type { Country } from "~/modules/reference/countries";
import type { FieldKey } from "~/modules/reference/occupational-fields";
import { SCHOOLS, type SchoolSeed } from "~/modules/reference/schools";
import { DEMO_ACCOUNTS, demoAccount } from "./demo-accounts";
import { placeNames } from "./demo-companies";
import type { DemoRandom } from "./demo-random";
import { type EmailRegistry, addDays, emailLocalPart, frenchAt, frenchOf, instantBefore, slugify } from "./demo-text";
import type { DemoCoordinator, DemoStudent, DemoUser } from "./demo-types";
import { randomPerson, type Gender } from "./names";
import { FRENCH_TRAININGS, GERMAN_TRAININGS, SCHOOL_FIELDS } from "./trainings";

const STUDENT_DOMAIN: Record<Country, string> = { DE: "mail.example", FR: "courriel.example" };

/** The two demo pupils: a French terminale pupil who is still a minor during the spring 2027 window, and a German apprentice of 18. */
function demoStudents(emails: EmailRegistry, referenceDate: string): DemoStudent[] {
  const lea = demoAccount("eleve.demo@antenne.example");
  const jonas = demoAccount("schueler.demo@antenne.example");
  return [
    {
      user: {
        email: emails.reserve(lea.email),
        displayName: lea.displayName,
        role: "STUDENT",
        locale: lea.locale,
        createdAt: instantBefore(referenceDate, 41.6),
      },
      country: "FR",
      schoolKey: "lp-industrie-rouen",
      birthDate: "2009-09-14",
      training: "Bac pro Maintenance des systèmes de production connectés",
      trainingYear: 3,
      levelGerman: "B1",
      levelFrench: "C2",
      introDe: null,
      introFr:
        "Je suis en terminale Bac pro Maintenance des systèmes de production connectés à Rouen. J’aimerais faire mon stage de mai-juin 2027 dans une entreprise d’automatisme en Basse-Saxe. J’apprends l’allemand depuis la quatrième et je me débrouille bien au quotidien. Le week-end, je fais de l’aviron sur la Seine.",
      discoverable: true,
      fieldKeys: ["mechatronics", "electrical"],
      availability: [{ startsOn: "2027-05-10", endsOn: "2027-07-02" }],
      places: [{ placeKey: "braunschweig", radiusKm: 60 }],
      accommodationNeeded: true,
    },
    {
      user: {
        email: emails.reserve(jonas.email),
        displayName: jonas.displayName,
        role: "STUDENT",
        locale: jonas.locale,
        createdAt: instantBefore(referenceDate, 63.4),
      },
      country: "DE",
      schoolKey: "bbs-technik-braunschweig",
      birthDate: "2008-03-05",
      training: "Mechatroniker",
      trainingYear: 2,
      levelGerman: "C2",
      levelFrench: "A2",
      introDe:
        "Ich bin im 2. Ausbildungsjahr als Mechatroniker und gehe in Braunschweig zur Berufsschule. Für das Frühjahr 2027 suche ich ein Praktikum von vier bis sechs Wochen in der Normandie, am liebsten in der Instandhaltung. Französisch hatte ich vier Jahre in der Schule – für den Alltag reicht es. In meiner Freizeit spiele ich Handball im Verein.",
      introFr: null,
      discoverable: true,
      fieldKeys: ["mechatronics", "metal"],
      availability: [{ startsOn: "2027-04-19", endsOn: "2027-06-04" }],
      places: [
        { placeKey: "rouen", radiusKm: 80 },
        { placeKey: "caen", radiusKm: 50 },
      ],
      accommodationNeeded: true,
    },
  ];
}

/** `perCountry` pupils of each country, the demo pupils included. */
export function generateStudents(
  random: DemoRandom,
  emails: EmailRegistry,
  referenceDate: string,
  perCountry: number,
): DemoStudent[] {
  const students = demoStudents(emails, referenceDate);
  for (const country of ["DE", "FR"] as const) {
    const schools = SCHOOLS.filter((school) => school.country === country);
    const existing = students.filter((student) => student.country === country).length;
    for (let index = existing; index < perCountry; index++) {
      // Walk through the schools so every one of them has pupils.
      const school = schools[(index + random.int(0, 1)) % schools.length] ?? schools[0];
      if (!school) throw new Error(`No schools in ${country}`);
      students.push(generateStudent(random, emails, referenceDate, school));
    }
  }
  return students;
}

function generateStudent(
  random: DemoRandom,
  emails: EmailRegistry,
  referenceDate: string,
  school: SchoolSeed,
): DemoStudent {
  const country = school.country;
  const person = randomPerson(random, country, "young");
  const schoolFields = SCHOOL_FIELDS[school.key];
  if (!schoolFields) throw new Error(`No fields for school ${school.key}`);
  const fieldKeys = random.sample(
    schoolFields,
    random.weighted([
      [1, 60],
      [2, 40],
    ] as const),
  );
  const field = fieldKeys[0] ?? schoolFields[0] ?? "office";
  const town = placeNames(school.placeKey);

  let training: string;
  let trainingYear: number;
  let age: number;
  if (country === "DE") {
    const occupation = random.pick(GERMAN_TRAININGS[field]);
    training = occupation[person.gender];
    trainingYear = random.int(1, 3);
    age = 15 + trainingYear + random.int(0, 4); // 16–22: BBS pupils start after year 10, some after Abitur
  } else {
    const diploma = random.pick(FRENCH_TRAININGS[field]);
    training = diploma.name;
    trainingYear = random.int(1, diploma.years);
    // Seconde at 15; apprentices in a CFA are often a year older.
    age =
      14 +
      trainingYear +
      random.weighted([
        [0, 60],
        [1, 30],
        [2, 10],
      ] as const) +
      (school.kind === "CFA" ? 1 : 0);
  }
  const foreign: CefrLevel = random.weighted([
    ["A1", 25],
    ["A2", 45],
    ["B1", 25],
    ["B2", 5],
  ] as const);
  const weeks = random.pick([3, 4, 6] as const);
  const season = random.int(0, 2);
  const hobby = random.int(0, 5);
  const withIntro = random.chance(0.85);

  return {
    user: {
      email: emails.claim(emailLocalPart(person.firstName, person.lastName), STUDENT_DOMAIN[country]),
      displayName: person.fullName,
      role: "STUDENT",
      locale: country === "DE" ? "de" : "fr",
      createdAt: instantBefore(referenceDate, random.int(5, 200) - random.int(7, 21) / 24),
    },
    country,
    schoolKey: school.key,
    birthDate: addDays(`${Number(referenceDate.slice(0, 4)) - age}${referenceDate.slice(4)}`, -random.int(0, 364)),
    training,
    trainingYear,
    // The own language counts as native (C2), so matching can compare levels uniformly.
    levelGerman: country === "DE" ? "C2" : foreign,
    levelFrench: country === "FR" ? "C2" : foreign,
    introDe:
      country === "DE" && withIntro ? introDe(training, trainingYear, town.de, weeks, season, foreign, hobby) : null,
    introFr:
      country === "FR" && withIntro
        ? introFr(training, trainingYear, school.kind === "CFA", person.gender, town.fr, weeks, season, foreign, hobby)
        : null,
    discoverable: random.chance(0.55),
    fieldKeys: fieldKeys as FieldKey[],
    // Derived from what was drawn above rather than drawn anew, so the rest of the data set stays as it was.
    availability: [availabilityFor(season, weeks)],
    places: [{ placeKey: WISHED_PLACES[country][hobby % 3]!, radiusKm: [50, 80, 100][season]! }],
    accommodationNeeded: hobby % 3 !== 0,
  };
}

/** The towns pupils of each country wish for, in the other country. */
const WISHED_PLACES: Record<Country, readonly [string, string, string]> = {
  DE: ["rouen", "caen", "le-havre"],
  FR: ["hannover", "braunschweig", "wolfsburg"],
};

/** The season the introduction names (spring, autumn, May–June), with two weeks to spare. */
function availabilityFor(season: number, weeks: number): { startsOn: string; endsOn: string } {
  const startsOn = ["2027-04-12", "2027-09-06", "2027-05-03"][season] ?? "2027-05-03";
  return { startsOn, endsOn: addDays(startsOn, weeks * 7 + 11) };
}

const NUMBER_WORDS: Record<number, string> = { 3: "drei", 4: "vier", 6: "sechs" };

function introDe(
  training: string,
  year: number,
  town: string,
  weeks: number,
  season: number,
  french: CefrLevel,
  hobby: number,
): string {
  const when = ["im Frühjahr", "im Herbst", "im Mai und Juni"][season];
  const language: Record<string, string> = {
    A1: "Mein Französisch steht noch ganz am Anfang, aber ich lerne schnell.",
    A2: "Französisch hatte ich ein paar Jahre in der Schule – für den Alltag reicht es.",
    B1: "Ich spreche ganz gut Französisch und möchte es endlich im Beruf anwenden.",
    B2: "Ich spreche fließend Französisch, weil ich zweisprachig aufgewachsen bin.",
  };
  const hobbies = [
    "In meiner Freizeit spiele ich Handball im Verein.",
    "Ich fahre gern Rad und koche am Wochenende für meine Familie.",
    "Ich bin in der Jugendfeuerwehr aktiv.",
    "Ich spiele Schlagzeug in einer Band.",
    "Ich fotografiere gern und war schon zweimal in Frankreich im Urlaub.",
    "Ich gehe gern wandern, am liebsten im Harz.",
  ];
  return [
    `Ich bin im ${year}. Ausbildungsjahr als ${training} und gehe in ${town} zur Berufsschule.`,
    `Für ein Praktikum in der Normandie habe ich ${NUMBER_WORDS[weeks] ?? weeks} Wochen Zeit, am liebsten ${when}.`,
    language[french],
    hobbies[hobby],
  ].join(" ");
}

function introFr(
  training: string,
  year: number,
  apprentice: boolean,
  gender: Gender,
  town: string,
  weeks: number,
  season: number,
  german: CefrLevel,
  hobby: number,
): string {
  const isCap = training.startsWith("CAP");
  const yearName = year === 1 ? "1re année" : `${year}e année`;
  const where = apprentice
    ? `Je suis ${gender === "female" ? "apprentie" : "apprenti"} en ${yearName} de ${training} au CFA ${frenchOf(town)}.`
    : isCap
      ? `Je suis en ${yearName} de ${training} ${frenchAt(town)}.`
      : `Je suis en ${["seconde", "première", "terminale"][year - 1] ?? "terminale"} ${training} ${frenchAt(town)}.`;
  const when = ["au printemps", "à l’automne", "en mai-juin"][season];
  const language: Record<string, string> = {
    A1: `Je débute en allemand, mais je suis ${gender === "female" ? "motivée" : "motivé"} pour progresser.`,
    A2: "J’ai appris l’allemand au collège et au lycée : je me débrouille pour les choses simples.",
    B1: "Je parle assez bien allemand et j’aimerais l’utiliser dans mon métier.",
    B2: "Je parle couramment allemand : j’ai grandi dans une famille bilingue.",
  };
  const hobbies = [
    "Je joue au football dans un club de ma ville.",
    "J’aime cuisiner et faire du vélo le long de la côte.",
    "Je suis jeune sapeur-pompier volontaire.",
    "Je joue de la batterie dans un groupe avec des amis.",
    "J’aime la photo et les voyages ; j’ai déjà participé à un échange avec une classe allemande.",
    "L’été, je fais de la voile.",
  ];
  return [
    where,
    `Je cherche un stage de ${weeks} semaines en Basse-Saxe, de préférence ${when}.`,
    language[german],
    hobbies[hobby],
  ].join(" ");
}

/** A teacher who coordinates exchanges at about every other school, the demo coordinator among them. */
export function generateCoordinators(
  random: DemoRandom,
  emails: EmailRegistry,
  referenceDate: string,
): DemoCoordinator[] {
  const demo = demoAccount("lehrkraft.demo@antenne.example");
  const demoSchool = "bbs-technik-braunschweig";
  const frenchDemo = demoAccount("prof.demo@antenne.example");
  const frenchDemoSchool = "lp-industrie-rouen";
  return SCHOOLS.filter((school, index) => index % 2 === 0 || school.key === demoSchool).map((school) => {
    const locale = school.country === "DE" ? "de" : "fr";
    const createdAt = instantBefore(referenceDate, random.int(200, 500) - random.int(8, 16) / 24);
    if (school.key === demoSchool) {
      return {
        user: {
          email: emails.reserve(demo.email),
          displayName: demo.displayName,
          role: "COORDINATOR",
          locale,
          createdAt,
        },
        schoolKey: school.key,
      };
    }
    const person = randomPerson(random, school.country, "adult");
    if (school.key === frenchDemoSchool) {
      // Drawn all the same, so the other coordinators keep their names.
      const user = { email: emails.reserve(frenchDemo.email), displayName: frenchDemo.displayName };
      return { user: { ...user, role: "COORDINATOR", locale, createdAt }, schoolKey: school.key };
    }
    const email = emails.claim(
      `${slugify(person.firstName).charAt(0)}.${slugify(person.lastName)}`,
      `${school.key}.example`,
    );
    return {
      user: { email, displayName: person.fullName, role: "COORDINATOR", locale, createdAt },
      schoolKey: school.key,
    };
  });
}

export function generateStaff(emails: EmailRegistry, referenceDate: string): DemoUser[] {
  return DEMO_ACCOUNTS.filter((account) => account.role === "STAFF").map((account) => ({
    email: emails.reserve(account.email),
    displayName: account.displayName,
    role: "STAFF",
    locale: account.locale,
    createdAt: instantBefore(referenceDate, 600),
  }));
}
