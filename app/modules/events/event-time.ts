/**
 * Wall-clock times of events. An event happens at a local time in its zone ("19:00 in Hannover"),
 * whatever the offset that day. We carry such a time as a JavaScript Date whose UTC fields are the
 * wall clock (a "floating" time, as PostgreSQL's `timestamp without time zone` gives it to Prisma)
 * and turn it into an instant only with its IANA zone. Pure.
 */
import { DateTime } from "luxon";

export const EVENT_TIME_ZONES = ["Europe/Berlin", "Europe/Paris"] as const;
export type EventTimeZone = (typeof EVENT_TIME_ZONES)[number];

/** A floating wall-clock time from `YYYY-MM-DDTHH:mm` (or a date alone: midnight). */
export function parseLocal(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = "00", mi = "00"] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  // Refuses 2027-02-30 and 25:00 rather than rolling them over.
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || date.getUTCHours() !== Number(h))
    return null;
  return date;
}

/** `YYYY-MM-DDTHH:mm` of a floating time, as `<input type="datetime-local">` wants it. */
export function formatLocal(local: Date): string {
  return local.toISOString().slice(0, 16);
}

/** `YYYY-MM-DD` of a floating time. */
export function localDay(local: Date): string {
  return local.toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time in a zone stands for. A time that does not exist (the hour skipped
 * on the last Sunday of March) moves forward, as clocks do.
 */
export function instantOf(local: Date, zone: string): Date {
  return DateTime.fromObject(
    {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
    },
    { zone },
  ).toJSDate();
}

/** The wall-clock time in a zone at an instant, as a floating time. */
export function localOf(instant: Date, zone: string): Date {
  const time = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
}

/** ISO 8601 with the zone's offset that day (`2027-01-22T18:00:00+01:00`), for schema.org. */
export function isoWithOffset(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? instant.toISOString();
}
