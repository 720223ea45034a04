/**
 * Reading and writing a student's own profile. The CV's bytes are never read here: pages only
 * need its name and date; the download route reads them.
 */
import type { Prisma } from "~/generated/prisma/client";
import { studentMayApply } from "~/modules/accounts/student-policy";
import { db } from "~/utils/db.server";
import type { FormValues } from "~/utils/forms";
import { dateOf, dayOf } from "~/utils/calendar-days";
import type { CvChange } from "./cv-upload.server";
import type { HolidayPreset } from "./holiday-presets";
import { NO_LEVEL, type StudentProfileInput } from "./student-profile.schema";

const PROFILE = {
  userId: true,
  country: true,
  birthDate: true,
  training: true,
  trainingYear: true,
  levelGerman: true,
  levelFrench: true,
  introDe: true,
  introFr: true,
  discoverable: true,
  accommodationNeeded: true,
  guardianName: true,
  guardianConsentAt: true,
  cvName: true,
  cvUpdatedAt: true,
  endorsedAt: true,
  updatedAt: true,
  school: { select: { key: true } },
  fields: { select: { fieldKey: true } },
  availability: { select: { startsOn: true, endsOn: true }, orderBy: [{ startsOn: "asc" }, { endsOn: "asc" }] },
  places: { select: { radiusKm: true, place: { select: { key: true } } }, orderBy: { place: { nameDe: "asc" } } },
} satisfies Prisma.StudentProfileSelect;

export type OwnProfile = Prisma.StudentProfileGetPayload<{ select: typeof PROFILE }>;

export async function ownProfile(userId: string): Promise<OwnProfile | null> {
  return db().studentProfile.findUnique({ where: { userId }, select: PROFILE });
}

/**
 * Below the age of digital consent and no guardian has agreed yet: the student may browse, but
 * the platform keeps nothing beyond what sign-up stored (age.ts, student-policy.ts).
 */
export function waitsForGuardian(
  profile: { birthDate: Date; country: "DE" | "FR"; guardianConsentAt: Date | null },
  today: string,
): boolean {
  return !studentMayApply({ ...profile, birthDate: dayOf(profile.birthDate) }, today).allowed;
}

/** The stored profile as the form's fields name it, rows included. */
export function profileFormValues(profile: OwnProfile): FormValues {
  const values: FormValues = {
    schoolKey: profile.school.key,
    training: profile.training,
    trainingYear: String(profile.trainingYear),
    birthDate: dayOf(profile.birthDate),
    fields: profile.fields.map((field) => field.fieldKey),
    levelGerman: profile.levelGerman ?? NO_LEVEL,
    levelFrench: profile.levelFrench ?? NO_LEVEL,
    introDe: profile.introDe ?? "",
    introFr: profile.introFr ?? "",
  };
  if (profile.accommodationNeeded) values.accommodationNeeded = "on";
  if (profile.discoverable) values.discoverable = "on";
  profile.availability.forEach((window, index) => {
    values[`availability.${index}.startsOn`] = dayOf(window.startsOn);
    values[`availability.${index}.endsOn`] = dayOf(window.endsOn);
  });
  profile.places.forEach((wish, index) => {
    values[`places.${index}.placeKey`] = wish.place.key;
    values[`places.${index}.radiusKm`] = String(wish.radiusKm);
  });
  return values;
}

/** The school holidays of one side, as presets (ids as the checkboxes send them). */
export async function holidayPresets(country: "DE" | "FR") {
  const rows = await db().schoolHoliday.findMany({ where: { country }, orderBy: { startsOn: "asc" } });
  return rows.map((row) => ({
    id: String(row.id),
    country: row.country,
    startsOn: dayOf(row.startsOn),
    endsOn: dayOf(row.endsOn),
    nameDe: row.nameDe,
    nameFr: row.nameFr,
    nameEn: row.nameEn,
  })) satisfies HolidayPreset[];
}

/** Places are reference data that the schema has just checked; a missing one is a bug, not bad input. */
function idOf(ids: Map<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Unknown place: ${key}`);
  return id;
}

function cvData(change: CvChange, now: Date): Prisma.StudentProfileUncheckedUpdateInput {
  switch (change.kind) {
    case "keep":
      return {};
    case "remove":
      return { cv: null, cvName: null, cvUpdatedAt: null };
    case "replace":
      return { cv: change.bytes, cvName: change.name, cvUpdatedAt: now };
  }
}

/**
 * Saves the whole profile in one transaction: the profile row, and its fields, availability
 * windows and preferred places replaced as a whole, so a reader never sees half of a save.
 */
export async function saveStudentProfile(
  userId: string,
  profile: StudentProfileInput,
  cv: CvChange,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { key: profile.schoolKey }, select: { id: true } });
    const places = await tx.place.findMany({
      where: { key: { in: profile.places.map((wish) => wish.placeKey) } },
      select: { id: true, key: true },
    });
    const placeId = new Map(places.map((place) => [place.key, place.id]));
    await tx.studentProfile.update({
      where: { userId },
      data: {
        schoolId: school.id,
        country: profile.country,
        birthDate: dateOf(profile.birthDate),
        training: profile.training,
        trainingYear: profile.trainingYear,
        levelGerman: profile.levelGerman,
        levelFrench: profile.levelFrench,
        introDe: profile.introDe,
        introFr: profile.introFr,
        accommodationNeeded: profile.accommodationNeeded,
        discoverable: profile.discoverable,
        ...cvData(cv, now),
      },
    });
    await tx.studentField.deleteMany({ where: { studentId: userId } });
    await tx.studentField.createMany({ data: profile.fields.map((fieldKey) => ({ studentId: userId, fieldKey })) });
    await tx.studentAvailability.deleteMany({ where: { studentId: userId } });
    await tx.studentAvailability.createMany({
      data: profile.availability.map((window) => ({
        studentId: userId,
        startsOn: dateOf(window.startsOn),
        endsOn: dateOf(window.endsOn),
      })),
    });
    await tx.studentPlace.deleteMany({ where: { studentId: userId } });
    await tx.studentPlace.createMany({
      data: profile.places.map((wish) => ({
        studentId: userId,
        placeId: idOf(placeId, wish.placeKey),
        radiusKm: wish.radiusKm,
      })),
    });
  });
}
