/** Students and offers read from the database as the plain data matchOffer takes. */
import type { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { db } from "~/utils/db.server";
import type { MatchOffer, MatchStudent } from "./match-types";
import { dayOf } from "~/utils/calendar-days";

export const MATCH_STUDENT_SELECT = {
  country: true,
  birthDate: true,
  levelGerman: true,
  levelFrench: true,
  accommodationNeeded: true,
  fields: { select: { fieldKey: true }, orderBy: { fieldKey: "asc" } },
  availability: { select: { startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
  places: {
    select: {
      radiusKm: true,
      place: { select: { nameDe: true, nameFr: true, nameEn: true, latitude: true, longitude: true } },
    },
    orderBy: { placeId: "asc" },
  },
} satisfies Prisma.StudentProfileSelect;

type StudentRow = Prisma.StudentProfileGetPayload<{ select: typeof MATCH_STUDENT_SELECT }>;

/** A profile row as matchOffer's student; place names in the reader's language (they appear in reasons). */
export function toMatchStudent(row: StudentRow, language: Language): MatchStudent {
  return {
    country: row.country,
    birthDate: dayOf(row.birthDate),
    fields: row.fields.map((field) => field.fieldKey),
    levelGerman: row.levelGerman,
    levelFrench: row.levelFrench,
    availability: row.availability.map((window) => ({
      startsOn: dayOf(window.startsOn),
      endsOn: dayOf(window.endsOn),
    })),
    places: row.places.map(({ radiusKm, place }) => ({
      name: localizedName(place, language),
      latitude: place.latitude,
      longitude: place.longitude,
      radiusKm,
    })),
    accommodationNeeded: row.accommodationNeeded,
  };
}

/** The signed-in student's profile for matching, or null for anyone who is not a student with a profile. */
export async function loadMatchStudent(userId: string, language: Language): Promise<MatchStudent | null> {
  const row = await db().studentProfile.findFirst({
    where: { userId, user: { role: "STUDENT", deletedAt: null } },
    select: MATCH_STUDENT_SELECT,
  });
  return row ? toMatchStudent(row, language) : null;
}

export const MATCH_OFFER_SELECT = {
  id: true,
  minWeeks: true,
  maxWeeks: true,
  languageLevel: true,
  minorsWelcome: true,
  minAge: true,
  accommodation: true,
  publishedAt: true,
  place: { select: { nameDe: true, nameFr: true, nameEn: true, country: true, latitude: true, longitude: true } },
  fields: { select: { fieldKey: true }, orderBy: { fieldKey: "asc" } },
  periods: { select: { id: true, startsOn: true, endsOn: true }, orderBy: { startsOn: "asc" } },
} satisfies Prisma.OfferSelect;

type OfferRow = Prisma.OfferGetPayload<{ select: typeof MATCH_OFFER_SELECT }>;

export function toMatchOffer(row: OfferRow, language: Language): MatchOffer {
  return {
    id: row.id,
    country: row.place.country,
    fields: row.fields.map((field) => field.fieldKey),
    languageLevel: row.languageLevel,
    minorsWelcome: row.minorsWelcome,
    minAge: row.minAge,
    minWeeks: row.minWeeks,
    maxWeeks: row.maxWeeks,
    periods: row.periods.map((period) => ({
      id: period.id,
      startsOn: dayOf(period.startsOn),
      endsOn: dayOf(period.endsOn),
    })),
    place: { name: localizedName(row.place, language), latitude: row.place.latitude, longitude: row.place.longitude },
    accommodation: row.accommodation,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
