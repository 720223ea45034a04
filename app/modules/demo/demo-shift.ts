/**
 * The demo data is written for one day, DEMO_BASE_DATE, and moved as a whole to the clock's
 * today (app/utils/clock.ts): every date in it shifts by the same whole number of weeks, so a
 * Monday start stays a Monday, a Tuesday language café stays on Tuesdays, ages and the weeks
 * between an offer's publication and its first period stay as written — whatever year it is.
 * What belongs to the calendar itself (the 22 January, school years, monthly newsletters) is
 * derived from the moved reference date by its own modules.
 */
export const DEMO_BASE_DATE = "2026-11-26";

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Days from the base date to the reference date nearest to `today`, a multiple of seven. */
export function demoShiftDays(today: Date = new Date()): number {
  const base = Date.parse(`${DEMO_BASE_DATE}T00:00:00Z`);
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return 7 * Math.floor((day - base) / DAY_MS / 7);
}

/** The demo world's "today": the base date moved by `demoShiftDays` (never after `today`). */
export function demoReferenceDate(today: Date = new Date()): string {
  return shiftIsoDay(DEMO_BASE_DATE, demoShiftDays(today));
}

export function shiftIsoDay(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** "2027-05-10T08:00" or "2027-05-10T08:00:00.000Z" moved by whole days, in the same form. */
function shiftIsoInstant(value: string, days: number): string {
  return shiftIsoDay(value.slice(0, 10), days) + value.slice(10);
}

/**
 * A copy of `value` with every date moved by `days`: `Date` objects and strings that are a day
 * ("2027-05-10") or start as an instant ("2027-05-10T08:00…"). Other values are kept as they are.
 */
export function shiftDemoDates<T>(value: T, days: number): T {
  if (days === 0) return value;
  return shift(value, days, Math.round(days / 365.2425)) as T;
}

/**
 * Prose names years too ("Frühjahr 2027"): they move by whole years. Seasons drift with the
 * weeks (spring periods of a set moved by 18 months fall in autumn); the data stays consistent
 * with itself, which is what the app and the tests read.
 */
function shiftYearsInProse(text: string, years: number): string {
  return years === 0 ? text : text.replace(/\b(20[2-3]\d)\b/g, (year) => String(Number(year) + years));
}

function shift(value: unknown, days: number, years: number): unknown {
  if (value instanceof Date) return new Date(value.getTime() + days * DAY_MS);
  if (typeof value === "string") {
    if (ISO_DAY.test(value)) return shiftIsoDay(value, days);
    if (ISO_INSTANT.test(value)) return shiftIsoInstant(value, days);
    return shiftYearsInProse(value, years);
  }
  if (Array.isArray(value)) return value.map((item) => shift(item, days, years));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shift(item, days, years)]));
  }
  return value;
}
