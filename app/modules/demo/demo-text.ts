/** Small pure helpers for names, slugs and calendar dates of the demo data. */
import { DAY_MS } from "~/utils/calendar-days";
const SPECIAL_LETTERS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  œ: "oe",
  Œ: "Oe",
  æ: "ae",
  ı: "i",
};

/** German umlauts become ae/oe/ue (as Germans spell them in addresses), other accents are dropped (Yılmaz → Yilmaz). */
export function toAscii(text: string): string {
  return text
    .replace(/[äöüßÄÖÜœŒæı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** Lowercase ASCII words joined by hyphens: "Stage en menuiserie : pose" → "stage-en-menuiserie-pose". */
export function slugify(text: string): string {
  return toAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "Léa", "Da Silva" → "lea.da-silva" */
export function emailLocalPart(firstName: string, lastName: string): string {
  return `${slugify(firstName)}.${slugify(lastName)}`;
}

function parseDay(isoDay: string): number {
  const time = Date.parse(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`Not an ISO date: ${isoDay}`);
  return time;
}

/** Calendar arithmetic on "YYYY-MM-DD" strings, in UTC so no time zone can shift a day. */
export function addDays(isoDay: string, days: number): string {
  return new Date(parseDay(isoDay) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(fromIsoDay: string, toIsoDay: string): number {
  return Math.round((parseDay(toIsoDay) - parseDay(fromIsoDay)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDay: string): number {
  const day = new Date(parseDay(isoDay)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** An instant `days` (may be fractional) before the given day's midnight UTC, as an ISO string. */
export function instantBefore(isoDay: string, days: number): string {
  return new Date(parseDay(isoDay) - Math.round(days * DAY_MS)).toISOString();
}

/** Whole years between a birth date and a day (the age on that day). */
export function ageOn(birthDate: string, isoDay: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** French "de"/"à" before a town name: "du Havre", "d’Évreux", "de Caen"; "au Havre", "à Caen". */
export function frenchOf(town: string): string {
  if (town.startsWith("Le ")) return `du ${town.slice(3)}`;
  // Hanovre and Hamelin take an aspirated h ("de Hanovre"), so only vowels elide.
  if ("aeiouy".includes(toAscii(town).charAt(0).toLowerCase())) return `d’${town}`;
  return `de ${town}`;
}

export function frenchAt(town: string): string {
  return town.startsWith("Le ") ? `au ${town.slice(3)}` : `à ${town}`;
}

/** Hands out unique addresses: a second "lena.meyer@mail.example" becomes "lena.meyer2@mail.example". */
export class EmailRegistry {
  private readonly taken = new Set<string>();

  claim(localPart: string, domain: string): string {
    for (let suffix = 1; ; suffix++) {
      const email = `${localPart}${suffix === 1 ? "" : suffix}@${domain}`.toLowerCase();
      if (!this.taken.has(email)) {
        this.taken.add(email);
        return email;
      }
    }
  }

  /** Reserves a fixed address (a demo login); a clash is a bug in the data. */
  reserve(email: string): string {
    if (this.taken.has(email)) throw new Error(`Email used twice: ${email}`);
    this.taken.add(email);
    return email;
  }
}
