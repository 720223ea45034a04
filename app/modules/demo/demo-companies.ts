import type { Country } from "~/modules/reference/countries";
import { PLACES } from "~/modules/reference/places";
import { demoAccount } from "./demo-accounts";
import { COMPANY_CATALOGUE, type CompanyBlueprint, type CompanySize } from "./company-catalogue";
import type { DemoRandom } from "./demo-random";
import { type EmailRegistry, emailLocalPart, frenchOf, instantBefore, slugify } from "./demo-text";
import type { DemoCompany, DemoUser } from "./demo-types";
import { familyNameIn, randomAddress, randomPerson, type PersonName } from "./names";

/** A generated company together with what the offer generator needs to know about it. */
export interface CompanyContext {
  company: DemoCompany;
  blueprint: CompanyBlueprint;
  /** Owner and contact person; often also the tutor. */
  contactName: string;
  /** Town name as Germans and as the French write it ("Hannover" / "Hanovre"). */
  town: { de: string; fr: string };
}

const LEGAL_FORM = /\s+(GmbH & Co\. KG|gGmbH|GmbH|SARL|SAS|SA|e\. V\.)$/;

const EMPLOYEES: Record<CompanySize, readonly [number, number]> = {
  MICRO: [3, 9],
  SMALL: [10, 45],
  MEDIUM: [50, 240],
  LARGE: [250, 900],
};

export function placeNames(placeKey: string): { de: string; fr: string; country: Country } {
  const place = PLACES.find((candidate) => candidate.key === placeKey);
  if (!place) throw new Error(`Unknown place ${placeKey}`);
  return { de: place.de, fr: place.fr, country: place.country };
}

export function generateCompanies(
  random: DemoRandom,
  emails: EmailRegistry,
  referenceDate: string,
): { contexts: CompanyContext[]; users: DemoUser[] } {
  const contexts: CompanyContext[] = [];
  const users: DemoUser[] = [];
  const slugs = new Set<string>();

  for (const blueprint of COMPANY_CATALOGUE) {
    const place = placeNames(blueprint.placeKey);
    if (place.country !== blueprint.country) throw new Error(`${blueprint.name} lies in the wrong country`);
    const slug = slugify(blueprint.name.replace(LEGAL_FORM, ""));
    if (slugs.has(slug)) throw new Error(`Company slug used twice: ${slug}`);
    slugs.add(slug);
    const domain = `${slug}.example`;
    const locale = blueprint.country === "DE" ? "de" : "fr";
    const town = blueprint.country === "DE" ? place.de : place.fr;
    const status = blueprint.status ?? "VERIFIED";
    // Verified companies registered months ago; the pending ones are waiting for staff right now.
    const ageInDays =
      status === "VERIFIED" ? random.int(150, 700) : status === "PENDING" ? random.int(10, 25) : random.int(40, 60);
    const createdAt = instantBefore(referenceDate, ageInDays - random.int(8, 17) / 24);

    const contact = blueprint.demoOwner
      ? nameOf(demoAccount(blueprint.demoOwner).displayName)
      : randomPerson(random, blueprint.country, "adult", { lastName: familyNameIn(blueprint.name, blueprint.country) });
    const ownerEmail = blueprint.demoOwner
      ? emails.reserve(blueprint.demoOwner)
      : emails.claim(emailLocalPart(contact.firstName, contact.lastName), domain);
    users.push({ email: ownerEmail, displayName: contact.fullName, role: "COMPANY_MEMBER", locale, createdAt });
    const members = [{ email: ownerEmail, isOwner: true }];
    // Larger companies (and the demo ones, to show a team) have a second person, usually from HR.
    if (blueprint.size === "LARGE" || blueprint.demoOwner) {
      const colleague = randomPerson(random, blueprint.country, "adult");
      const email = emails.claim(emailLocalPart(colleague.firstName, colleague.lastName), domain);
      users.push({
        email,
        displayName: colleague.fullName,
        role: "COMPANY_MEMBER",
        locale,
        createdAt: instantBefore(referenceDate, ageInDays - 10),
      });
      members.push({ email, isOwner: false });
    }

    const employees = roundEmployees(random.int(...EMPLOYEES[blueprint.size]), blueprint.size);
    const welcome = random.int(0, 2);
    const company: DemoCompany = {
      slug,
      name: blueprint.name,
      country: blueprint.country,
      placeKey: blueprint.placeKey,
      address: randomAddress(random, blueprint.country, blueprint.placeKey, town),
      // Small trades often have no website of their own.
      website: blueprint.size === "MICRO" && random.chance(0.5) ? null : `https://www.${domain}`,
      size: blueprint.size,
      descriptionDe: blueprint.onlyLanguage === "fr" ? null : describeDe(blueprint, place.de, employees, welcome),
      descriptionFr: blueprint.onlyLanguage === "de" ? null : describeFr(blueprint, place.fr, employees, welcome),
      contactName: contact.fullName,
      contactEmail: contactEmail(random, blueprint.country, contact, domain),
      status,
      rejectionReason: status === "REJECTED" ? (blueprint.rejectionReason ?? null) : null,
      members,
      createdAt,
    };
    contexts.push({ company, blueprint, contactName: contact.fullName, town: { de: place.de, fr: place.fr } });
  }
  return { contexts, users };
}

function nameOf(displayName: string): Omit<PersonName, "gender"> {
  const [firstName = "", ...rest] = displayName.split(" ");
  return { firstName, lastName: rest.join(" "), fullName: displayName };
}

function roundEmployees(count: number, size: CompanySize): number {
  return size === "MEDIUM" || size === "LARGE" ? Math.round(count / 10) * 10 : count;
}

function contactEmail(
  random: DemoRandom,
  country: Country,
  contact: Omit<PersonName, "gender">,
  domain: string,
): string {
  const generic = country === "DE" ? ["praktikum", "ausbildung"] : ["stages", "contact"];
  const local = random.pick([...generic, emailLocalPart(contact.firstName, contact.lastName)]);
  return `${local}@${domain}`;
}

function describeDe(blueprint: CompanyBlueprint, town: string, employees: number, welcome: number): string {
  const team: Record<CompanySize, string> = {
    MICRO: `Wir sind ein kleines Team von ${employees} Leuten – Praktikant:innen packen bei uns vom ersten Tag an mit an.`,
    SMALL: `Unser Team aus ${employees} Mitarbeitenden bildet seit vielen Jahren selbst aus.`,
    MEDIUM: `Mit ${employees} Beschäftigten gehören wir zu den größeren Ausbildungsbetrieben der Region.`,
    LARGE: `Am Standort ${town} arbeiten rund ${employees} Menschen; jedes Jahr beginnen bei uns über zwanzig Auszubildende.`,
  };
  const guests =
    blueprint.country === "DE"
      ? [
          "Wir haben schon mehrere Praktikant:innen aus der Normandie betreut und freuen uns auf die nächsten.",
          "Einige Kolleg:innen sprechen Französisch oder Englisch; die Einarbeitung läuft trotzdem auf Deutsch.",
          "Eine feste Ansprechperson begleitet Gäste aus Frankreich durch das ganze Praktikum.",
        ]
      : [
          "Wir haben schon mehrere Praktikant:innen aus Niedersachsen betreut und freuen uns auf die nächsten.",
          "Einige Kolleg:innen sprechen Deutsch oder Englisch; die Einarbeitung läuft trotzdem auf Französisch.",
          "Eine feste Ansprechperson begleitet Gäste aus Deutschland durch das ganze Praktikum.",
        ];
  return `${blueprint.name} ${blueprint.activity.de}. ${team[blueprint.size]} ${guests[welcome] ?? ""}`.trim();
}

function describeFr(blueprint: CompanyBlueprint, town: string, employees: number, welcome: number): string {
  const team: Record<CompanySize, string> = {
    MICRO: `Nous sommes une petite équipe de ${employees} personnes\u00a0: les stagiaires mettent la main à la pâte dès le premier jour.`,
    SMALL: `Notre équipe de ${employees} salariés forme des apprentis depuis de nombreuses années.`,
    MEDIUM: `Avec ${employees} salariés, nous comptons parmi les principales entreprises formatrices du secteur.`,
    LARGE: `Environ ${employees} personnes travaillent sur notre site ${frenchOf(town)} et nous accueillons chaque année plus de vingt apprentis.`,
  };
  const guests =
    blueprint.country === "DE"
      ? [
          "Nous avons déjà accueilli plusieurs stagiaires normands et nous nous réjouissons d’accueillir les prochains.",
          "Plusieurs collègues parlent français ou anglais, mais l’intégration se fait en allemand.",
          "Un interlocuteur attitré accompagne les stagiaires venus de France pendant tout leur séjour.",
        ]
      : [
          "Nous avons déjà accueilli plusieurs stagiaires de Basse-Saxe et nous nous réjouissons d’accueillir les prochains.",
          "Plusieurs collègues parlent allemand ou anglais, mais l’intégration se fait en français.",
          "Un interlocuteur attitré accompagne les stagiaires venus d’Allemagne pendant tout leur séjour.",
        ];
  return `${blueprint.name} ${blueprint.activity.fr}. ${team[blueprint.size]} ${guests[welcome] ?? ""}`.trim();
}
