import { db } from "~/utils/db.server";
import { colleague, companyWithOwner, cookieOf, person, slugOf } from "./company-fixtures";

/**
 * Companies, team members and submitted offers for the moderation tests (module and route
 * tests share them). Only used by tests; reference data (places, fields) is in every test DB.
 */
export async function staffMember(email = "claire@antenne.example") {
  const staff = await person(email, "STAFF", { locale: "fr", displayName: "Claire Dubois" });
  return { ...staff, cookie: await cookieOf(staff.id) };
}

/**
 * A company with its team: one member per given locale, the first its owner, addresses
 * `<locale>-<n>@<slug>.example`.
 */
export async function companyWithTeam(
  name: string,
  options: {
    status?: "PENDING" | "VERIFIED" | "REJECTED";
    /** Every company has an owner, so at least one. */
    locales?: [string, ...string[]];
    reviewRequestedAt?: Date;
  } = {},
) {
  const [ownerLocale, ...otherLocales] = options.locales ?? ["de"];
  const address = (locale: string, index: number) => `${locale}-${index}@${slugOf(name)}.example`;
  const member = (locale: string) => ({ locale, displayName: `${name} ${locale}` });
  const company = await companyWithOwner(name, address(ownerLocale, 0), {
    status: options.status,
    placeKey: "hannover",
    address: "Hauptstraße 1, 30159 Hannover",
    reviewRequestedAt: options.reviewRequestedAt,
    owner: member(ownerLocale),
  });
  const members = [company.owner];
  for (const [index, locale] of otherLocales.entries()) {
    members.push(await colleague(company.id, address(locale, index + 1), member(locale)));
  }
  return { ...company, members };
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function submittedOffer(
  companyId: string,
  options: { submittedAt?: Date; status?: "SUBMITTED" | "DRAFT"; titleDe?: string; titleFr?: string } = {},
) {
  const place = await db().place.findFirstOrThrow({ where: { country: "DE" }, orderBy: { id: "asc" } });
  const fields = await db().occupationalField.findMany({ orderBy: { sortOrder: "asc" }, take: 2 });
  return db().offer.create({
    data: {
      companyId,
      slug: "praktikum",
      titleDe: options.titleDe ?? "Praktikum Tischlerei",
      titleFr: options.titleFr ?? "Stage en menuiserie",
      descriptionDe: "Möbelbau in der Werkstatt.",
      descriptionFr: "Fabrication de meubles à l’atelier.",
      placeId: place.id,
      address: "Werkstraße 5",
      minWeeks: 2,
      maxWeeks: 4,
      languageLevel: "A2",
      minorsWelcome: true,
      minAge: 16,
      hoursPerDay: 7,
      hoursPerWeek: 35,
      workDays: [1, 2, 3, 4, 5],
      accommodation: "HELP_FINDING",
      tutorName: "Jonas Weber",
      applicationDeadline: day("2027-03-01"),
      status: options.status ?? "SUBMITTED",
      submittedAt: options.status === "DRAFT" ? null : (options.submittedAt ?? new Date()),
      fields: { create: fields.map((field) => ({ fieldKey: field.key })) },
      periods: { create: [{ startsOn: day("2027-04-12"), endsOn: day("2027-04-23"), places: 2 }] },
    },
  });
}
