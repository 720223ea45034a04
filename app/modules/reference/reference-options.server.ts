import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { db } from "~/utils/db.server";
import type { Country } from "./countries";

export interface OptionGroup {
  country: Country;
  options: { value: string; label: string }[];
}

/** Schools for a select, grouped by country (German side first). */
export async function schoolOptions(): Promise<OptionGroup[]> {
  const schools = await db().school.findMany({
    orderBy: [{ country: "asc" }, { name: "asc" }],
    select: { key: true, name: true, country: true },
  });
  return group(schools.map((school) => ({ country: school.country, value: school.key, label: school.name })));
}

/** Places for a select, in the reader's language, grouped by country. */
export async function placeOptions(language: Language): Promise<OptionGroup[]> {
  const places = await db().place.findMany({ orderBy: [{ country: "asc" }, { nameDe: "asc" }] });
  return group(
    places.map((place) => ({ country: place.country, value: place.key, label: localizedName(place, language) })),
  );
}

function group(rows: { country: Country; value: string; label: string }[]): OptionGroup[] {
  return (["DE", "FR"] as const).map((country) => ({
    country,
    options: rows.filter((row) => row.country === country).map(({ value, label }) => ({ value, label })),
  }));
}
