/**
 * Everything the platform holds about one person (GDPR Art. 15 and 20), as plain JSON. Every
 * query names its fields: a column added later (a hash, a secret, another person's data) stays
 * out until someone decides it belongs here. Password hashes, link hashes and session ids never do.
 */
import { isStopped } from "~/modules/search/saved-searches/saved-search-policy";
import { db } from "~/utils/db.server";
import { todayInEurope } from "~/utils/calendar-days";
import { myDataFileName } from "./my-data";

export async function collectMyData(userId: string, now = new Date()) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      displayName: true,
      role: true,
      locale: true,
      emailVerifiedAt: true,
      createdAt: true,
      updatedAt: true,
      student: {
        select: {
          school: { select: { name: true } },
          country: true,
          birthDate: true,
          training: true,
          trainingYear: true,
          levelGerman: true,
          levelFrench: true,
          introDe: true,
          introFr: true,
          discoverable: true,
          guardianName: true,
          guardianEmail: true,
          guardianConsentAt: true,
          accommodationNeeded: true,
          // The file itself too (Art. 20: what the person gave us, in the form they gave it).
          cv: true,
          cvName: true,
          cvUpdatedAt: true,
          endorsedAt: true,
          endorsedBy: { select: { displayName: true } },
          updatedAt: true,
          fields: { select: { fieldKey: true } },
          availability: { select: { startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
          places: { select: { radiusKm: true, place: { select: { key: true, nameDe: true, nameFr: true } } } },
        },
      },
      coordinator: { select: { school: { select: { name: true } } } },
      // The profiles a coordinator endorsed: their act, so part of their data.
      endorsements: {
        select: { endorsedAt: true, user: { select: { displayName: true } }, school: { select: { name: true } } },
        orderBy: { endorsedAt: "asc" },
      },
      memberships: {
        select: { isOwner: true, joinedAt: true, company: { select: COMPANY_FIELDS } },
        orderBy: { joinedAt: "asc" },
      },
      consents: {
        select: { kind: true, givenBy: true, textVersion: true, language: true, givenAt: true },
        orderBy: { givenAt: "asc" },
      },
      sessions: {
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
        orderBy: { createdAt: "asc" },
      },
      tokens: {
        select: { purpose: true, createdAt: true, expiresAt: true, usedAt: true },
        orderBy: { createdAt: "asc" },
      },
      // The stop token stays out: it is a key, not information about the person.
      savedSearches: {
        select: { query: true, language: true, createdAt: true, lastCheckedAt: true },
        orderBy: { createdAt: "asc" },
      },
      // The steps' actors stay out: they are company members, other people.
      applications: {
        select: {
          offer: { select: { number: true, titleDe: true, titleFr: true, company: { select: { name: true } } } },
          startsOn: true,
          endsOn: true,
          status: true,
          motivation: true,
          motivationLanguage: true,
          includeCv: true,
          declineMessage: true,
          submittedAt: true,
          updatedAt: true,
          events: { select: { status: true, message: true, createdAt: true }, orderBy: { createdAt: "asc" } },
        },
        orderBy: { submittedAt: "asc" },
      },
    },
  });
  // Registrations for events; who checked them in is another person and stays out.
  const registrations = await db().registration.findMany({
    where: { userId },
    select: {
      kind: true,
      status: true,
      name: true,
      email: true,
      language: true,
      className: true,
      pupils: true,
      adults: true,
      languageLevel: true,
      accessibility: true,
      headCount: true,
      createdAt: true,
      confirmedAt: true,
      cancelledAt: true,
      checkedInAt: true,
      originalStartsAt: true,
      slot: { select: { event: { select: { number: true, titleDe: true, titleFr: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  // Entries about the person; what a staff member did to other people's data stays out.
  const auditEntries = await db().auditLogEntry.findMany({
    where: { targetType: "user", targetId: userId },
    select: { action: true, details: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const {
    student,
    coordinator,
    endorsements,
    memberships,
    consents,
    sessions,
    tokens,
    savedSearches,
    applications,
    ...account
  } = user;
  return {
    exportedAt: now.toISOString(),
    account,
    studentProfile: student
      ? {
          ...withoutCv(student),
          school: student.school.name,
          endorsedBy: student.endorsedBy?.displayName ?? null,
          cvFile: student.cv
            ? {
                name: student.cvName,
                contentType: "application/pdf",
                base64: Buffer.from(student.cv).toString("base64"),
              }
            : null,
          birthDate: day(student.birthDate),
          fields: student.fields.map((field) => field.fieldKey),
          cvStored: student.cvName !== null,
          availability: student.availability.map((window) => ({
            startsOn: day(window.startsOn),
            endsOn: day(window.endsOn),
          })),
          places: student.places.map((wish) => ({
            place: wish.place.key,
            nameDe: wish.place.nameDe,
            nameFr: wish.place.nameFr,
            radiusKm: wish.radiusKm,
          })),
        }
      : null,
    coordinatorProfile: coordinator
      ? {
          school: coordinator.school.name,
          endorsements: endorsements.map((profile) => ({
            student: profile.user.displayName,
            school: profile.school.name,
            endorsedAt: profile.endorsedAt,
          })),
        }
      : null,
    // Only an owner gets the company's full record: a member's copy is about them, not the company.
    companyMemberships: memberships.map(({ isOwner, joinedAt, company }) => ({
      isOwner,
      joinedAt,
      company: isOwner ? company : { name: company.name, slug: company.slug },
    })),
    consents,
    sessions,
    links: tokens,
    savedSearches: savedSearches.map((search) => ({
      query: search.query,
      language: search.language,
      createdAt: search.createdAt,
      mailsStopped: isStopped(search),
    })),
    applications: applications.map(({ offer, startsOn, endsOn, ...application }) => ({
      offer: { number: offer.number, titleDe: offer.titleDe, titleFr: offer.titleFr, company: offer.company.name },
      startsOn: day(startsOn),
      endsOn: day(endsOn),
      ...application,
    })),
    registrations: registrations.map(({ slot, originalStartsAt, ...registration }) => ({
      event: slot.event,
      date: originalStartsAt,
      ...registration,
    })),
    auditEntries,
  };
}

/** The profile without the CV's raw bytes, which the export carries as base64 instead. */
function withoutCv<Profile extends { cv: unknown }>(profile: Profile): Omit<Profile, "cv"> {
  const { cv: _cv, ...rest } = profile;
  return rest;
}

/** A `@db.Date` day as YYYY-MM-DD. */
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const COMPANY_FIELDS = {
  name: true,
  slug: true,
  country: true,
  place: { select: { nameDe: true, nameFr: true } },
  address: true,
  website: true,
  size: true,
  descriptionDe: true,
  descriptionFr: true,
  contactName: true,
  contactEmail: true,
  status: true,
  rejectionReason: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type MyData = Awaited<ReturnType<typeof collectMyData>>;

/** The download itself: a JSON file the browser saves, never cached on the way. */
export async function myDataResponse(userId: string, now = new Date()): Promise<Response> {
  const body = JSON.stringify(await collectMyData(userId, now), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${myDataFileName(todayInEurope(now))}"`,
      "Cache-Control": "no-store",
    },
  });
}
