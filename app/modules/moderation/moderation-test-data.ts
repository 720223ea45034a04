import { startSession } from "~/modules/accounts/sessions.server";
import type { Role } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

/**
 * Companies, team members and submitted offers for the moderation tests (module and route
 * tests share them). Only used by tests; reference data (places, fields) is in every test DB.
 */
let counter = 0;

export async function person(role: Role, email: string, locale = "de", displayName = email.split("@")[0] ?? email) {
  return db().user.create({ data: { email, role, displayName, locale, emailVerifiedAt: new Date() } });
}

export async function cookieOf(userId: string): Promise<string> {
  return (await startSession(userId, "vitest")).split(";")[0] ?? "";
}

export async function staffMember(email = "claire@antenne.example") {
  const staff = await person("STAFF", email, "fr", "Claire Dubois");
  return { ...staff, cookie: await cookieOf(staff.id) };
}

/** A company with its team: one member per given locale, addresses `<locale>-<n>@<slug>.example`. */
export async function companyWithTeam(
  name: string,
  options: { status?: "PENDING" | "VERIFIED" | "REJECTED"; locales?: string[]; reviewRequestedAt?: Date } = {},
) {
  const place = await db().place.findFirstOrThrow({ where: { country: "DE" }, orderBy: { id: "asc" } });
  const slug = `${name.toLowerCase().replace(/\W+/g, "-")}-${++counter}`;
  const members = [];
  for (const [index, locale] of (options.locales ?? ["de"]).entries()) {
    members.push(await person("COMPANY_MEMBER", `${locale}-${index}@${slug}.example`, locale, `${name} ${locale}`));
  }
  const company = await db().company.create({
    data: {
      slug,
      name,
      country: "DE",
      placeId: place.id,
      address: "Hauptstraße 1, 30159 Hannover",
      size: "SMALL",
      contactName: members[0]?.displayName ?? name,
      contactEmail: members[0]?.email ?? `info@${slug}.example`,
      status: options.status ?? "VERIFIED",
      ...(options.reviewRequestedAt ? { reviewRequestedAt: options.reviewRequestedAt } : {}),
      members: { create: members.map((member, index) => ({ userId: member.id, isOwner: index === 0 })) },
    },
  });
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

/** Search-index jobs waiting in the queue, by offer id. */
export async function queuedSearchSyncs(): Promise<string[]> {
  const rows = await db().$queryRaw<{ offerId: string }[]>`
    SELECT jobs.payload->>'offerId' AS "offerId" FROM graphile_worker._private_jobs AS jobs
    JOIN graphile_worker._private_tasks AS tasks ON tasks.id = jobs.task_id
    WHERE tasks.identifier = 'search.sync-offer' ORDER BY jobs.id`;
  return rows.map((row) => row.offerId);
}
