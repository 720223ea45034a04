/**
 * Calendar days as YYYY-MM-DD strings, the form in which dates travel between forms, pure code and
 * tests. Such strings sort like the days they name, so comparisons are plain string comparisons.
 */

/** One day in milliseconds (days in UTC have no daylight-saving change). */
export const DAY_MS = 86_400_000;

/** The number made of `length` digits of `text` from `at`; throws where there is no digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) throw new Error(`Not an ISO day: ${JSON.stringify(text)}`);
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a YYYY-MM-DD day (or of an ISO instant's UTC day). Read digit by
 * digit: the dashboard does this for thousands of periods per request. Anything else throws, so
 * a malformed day never becomes a silent NaN in a search document or a match.
 */
export function dayNumber(iso: string): number {
  return Date.UTC(digits(iso, 0, 4), digits(iso, 5, 2) - 1, digits(iso, 8, 2)) / DAY_MS;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// Building a DateTimeFormat costs far more than using one, and this runs on most requests.
const EUROPE_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" });

/** Today's date in the platform's time zone (both regions share it), as YYYY-MM-DD. */
export function todayInEurope(now: Date = new Date()): string {
  return EUROPE_DAY.format(now);
}

/** A real day: right shape, and no 31 April or 29 February of a common year. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The same day a year later (28 February for 29 February): the far end of what may be planned. */
export function oneYearAfter(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year + 1, month - 1, date));
  // 29 February + 1 year rolls over to 1 March; step back to the month's last day.
  if (next.getUTCMonth() !== month - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** A day of a `@db.Date` column (00:00 UTC) as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD as the Date a `@db.Date` column stores. */
export function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
