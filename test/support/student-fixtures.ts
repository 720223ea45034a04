/**
 * Students, coordinators and published offers for the matching and application tests. Reference
 * data (schools, places, fields) is in every test database; everything here is made per test.
 */
import type { Accommodation, CefrLevel, Country } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { cookieOf, person, type PersonOptions } from "./company-fixtures";
import { dateOf } from "~/utils/calendar-days";

export interface StudentOptions extends PersonOptions {
  schoolKey?: string;
  birthDate?: string;
  fields?: string[];
  levelGerman?: CefrLevel | null;
  levelFrench?: CefrLevel | null;
  /** Inclusive date ranges, YYYY-MM-DD. */
  availability?: { startsOn: string; endsOn: string }[];
  places?: { placeKey: string; radiusKm: number }[];
  accommodationNeeded?: boolean;
  discoverable?: boolean;
  /** For a student below the age of digital consent: null until the guardian confirms. */
  guardianConsentAt?: Date | null;
}

/**
 * A verified student of a lycée professionnel in Rouen by default (French, 17, mechatronics, B1
 * in German, free in May–June 2027, would go to Braunschweig or 50 km around it).
 */
export async function studentWithProfile(email: string, options: StudentOptions = {}) {
  const school = await db().school.findUniqueOrThrow({ where: { key: options.schoolKey ?? "lp-industrie-rouen" } });
  const user = await person(email, "STUDENT", { locale: options.locale ?? "fr", displayName: options.displayName });
  const places = await db().place.findMany({
    where: { key: { in: (options.places ?? [{ placeKey: "braunschweig", radiusKm: 50 }]).map((p) => p.placeKey) } },
  });
  await db().studentProfile.create({
    data: {
      userId: user.id,
      schoolId: school.id,
      country: school.country as Country,
      birthDate: dateOf(options.birthDate ?? "2009-09-01"),
      training: "Bac pro MSPC",
      trainingYear: 2,
      levelGerman: options.levelGerman === undefined ? "B1" : options.levelGerman,
      levelFrench: options.levelFrench === undefined ? "C2" : options.levelFrench,
      introFr: "J’aime réparer les machines.",
      discoverable: options.discoverable ?? false,
      accommodationNeeded: options.accommodationNeeded ?? true,
      guardianConsentAt: options.guardianConsentAt === undefined ? new Date() : options.guardianConsentAt,
      fields: { create: (options.fields ?? ["mechatronics"]).map((fieldKey) => ({ fieldKey })) },
      availability: {
        create: (options.availability ?? [{ startsOn: "2027-05-03", endsOn: "2027-06-25" }]).map((window) => ({
          startsOn: dateOf(window.startsOn),
          endsOn: dateOf(window.endsOn),
        })),
      },
      places: {
        create: (options.places ?? [{ placeKey: "braunschweig", radiusKm: 50 }]).map((wish) => ({
          placeId: places.find((place) => place.key === wish.placeKey)!.id,
          radiusKm: wish.radiusKm,
        })),
      },
    },
  });
  return { ...user, schoolId: school.id, cookie: await cookieOf(user.id) };
}

/** A coordinator (teacher) of one school whom staff have confirmed. */
export async function coordinatorOf(schoolKey: string, email: string, options: PersonOptions = {}) {
  const school = await db().school.findUniqueOrThrow({ where: { key: schoolKey } });
  const user = await person(email, "COORDINATOR", options);
  await db().coordinatorProfile.create({ data: { userId: user.id, schoolId: school.id, verifiedAt: new Date() } });
  return { ...user, schoolId: school.id, cookie: await cookieOf(user.id) };
}

export interface OfferOptions {
  placeKey?: string;
  fields?: string[];
  titleDe?: string;
  titleFr?: string;
  languageLevel?: CefrLevel;
  minorsWelcome?: boolean;
  minAge?: number;
  minWeeks?: number;
  maxWeeks?: number;
  accommodation?: Accommodation;
  periods?: { startsOn: string; endsOn: string; places: number }[];
  publishedAt?: Date;
}

/**
 * A published offer of the company: by default mechatronics in Wolfsburg (about 24 km from Braunschweig),
 * A2 German, minors welcome from 16, 4–8 weeks, accommodation provided, May–June 2027 with 2 places.
 */
export async function publishedOffer(companyId: string, options: OfferOptions = {}) {
  const place = await db().place.findUniqueOrThrow({ where: { key: options.placeKey ?? "wolfsburg" } });
  return db().offer.create({
    data: {
      companyId,
      slug: "praktikum-mechatronik",
      titleDe: options.titleDe ?? "Praktikum Mechatronik",
      titleFr: options.titleFr ?? "Stage en mécatronique",
      descriptionDe: "Wartung der Fertigungsanlagen.",
      descriptionFr: "Maintenance des lignes de production.",
      placeId: place.id,
      address: "Werkstraße 5",
      minWeeks: options.minWeeks ?? 4,
      maxWeeks: options.maxWeeks ?? 8,
      languageLevel: options.languageLevel ?? "A2",
      minorsWelcome: options.minorsWelcome ?? true,
      minAge: options.minAge ?? 16,
      hoursPerDay: 7,
      hoursPerWeek: 35,
      workDays: [1, 2, 3, 4, 5],
      accommodation: options.accommodation ?? "PROVIDED",
      tutorName: "Jens Meyer",
      status: "PUBLISHED",
      publishedAt: options.publishedAt ?? new Date(),
      fields: { create: (options.fields ?? ["mechatronics"]).map((fieldKey) => ({ fieldKey })) },
      periods: {
        create: (options.periods ?? [{ startsOn: "2027-05-03", endsOn: "2027-06-25", places: 2 }]).map((period) => ({
          startsOn: dateOf(period.startsOn),
          endsOn: dateOf(period.endsOn),
          places: period.places,
        })),
      },
    },
    include: { periods: { orderBy: { startsOn: "asc" } } },
  });
}
