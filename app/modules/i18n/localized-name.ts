import type { Language } from "./languages";

/** Picks the name of a reference row (field, place) in the reader's language. */
export function localizedName(row: { nameDe: string; nameFr: string; nameEn: string }, language: Language): string {
  switch (language) {
    case "de":
      return row.nameDe;
    case "fr":
      return row.nameFr;
    case "en":
      return row.nameEn;
  }
}
