import type { Database } from "~/utils/db.server";
import { ensureFirstClauses } from "~/modules/agreements/agreement-clause-versions.server";
import { OCCUPATIONAL_FIELDS } from "./occupational-fields";
import { PLACES } from "./places";
import { SCHOOL_HOLIDAY_SEEDS } from "./school-holidays";
import { SCHOOLS } from "./schools";
import { SYNONYM_SEEDS } from "./synonyms";
import { dateOf } from "~/utils/calendar-days";

/**
 * Brings the reference data (occupational fields, places, schools, first synonyms, first school holidays) into
 * the database. Runs at every start; it adds what is missing and leaves rows that staff have edited as they are.
 */
export async function ensureReferenceData(database: Database): Promise<void> {
  await database.$transaction(async (tx) => {
    await tx.occupationalField.createMany({
      data: OCCUPATIONAL_FIELDS.map((field, index) => ({
        key: field.key,
        nameDe: field.de,
        nameFr: field.fr,
        nameEn: field.en,
        sortOrder: index + 1,
      })),
      skipDuplicates: true,
    });
    await tx.place.createMany({
      data: PLACES.map((place) => ({
        key: place.key,
        nameDe: place.de,
        nameFr: place.fr,
        nameEn: place.en,
        country: place.country,
        region: place.region,
        latitude: place.latitude,
        longitude: place.longitude,
      })),
      skipDuplicates: true,
    });
    const places = await tx.place.findMany({ select: { id: true, key: true } });
    const placeId = new Map(places.map((place) => [place.key, place.id]));
    await tx.school.createMany({
      data: SCHOOLS.map((school) => ({
        key: school.key,
        name: school.name,
        kind: school.kind,
        country: school.country,
        placeId: requirePlace(placeId, school.placeKey),
      })),
      skipDuplicates: true,
    });
    // Seeds only an empty table: once staff edit synonyms, theirs are the list.
    if ((await tx.synonymGroup.count()) === 0) {
      await tx.synonymGroup.createMany({ data: SYNONYM_SEEDS.map((terms) => ({ terms: [...terms] })) });
    }
    // The same for school holidays: staff add next year's and correct dates; a restart never brings back
    // a holiday they deleted.
    if ((await tx.schoolHoliday.count()) === 0) {
      await tx.schoolHoliday.createMany({
        data: SCHOOL_HOLIDAY_SEEDS.map((holiday) => ({
          country: holiday.country,
          nameDe: holiday.de,
          nameFr: holiday.fr,
          nameEn: holiday.en,
          startsOn: dateOf(holiday.startsOn),
          endsOn: dateOf(holiday.endsOn),
        })),
      });
    }
    // The first clause texts of the internship agreement; staff publish later versions.
    await ensureFirstClauses(tx);
  });
}

function requirePlace(placeId: Map<string, number>, key: string): number {
  const id = placeId.get(key);
  if (id === undefined) throw new Error(`Reference data names an unknown place: ${key}`);
  return id;
}
