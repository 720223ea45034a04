/**
 * RFC 5545 calendars of events, built with ical-generator (no string concatenation of our own
 * except the EXDATE line the library has no zone-aware form for): times in the event's zone with
 * a VTIMEZONE for every TZID, a stable UID, SEQUENCE, STATUS, RRULE + EXDATE for a series and an
 * overriding VEVENT with RECURRENCE-ID for each moved date. Pure: the caller loads the data.
 */
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import { expandOccurrences, type SeriesException } from "./recurrence";

export interface IcsEvent {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  url: string;
  status: "SCHEDULED" | "CANCELLED" | "POSTPONED" | "MOVED_ONLINE";
  /** What the event's status means, for the reader: prefixed to the description when not scheduled. */
  statusNote: string | null;
  timeZone: string;
  allDay: boolean;
  startLocal: Date;
  endLocal: Date;
  rrule: string | null;
  exceptions: readonly (SeriesException & { sequence: number })[];
  location: { title: string; address: string | null; latitude: number | null; longitude: number | null } | null;
  onlineUrl: string | null;
  organiser: string;
  categories: string[];
  updatedAt: Date;
}

export interface IcsCalendarOptions {
  name: string;
  description?: string;
  /** The feed's own address, for clients that show it. */
  source?: string;
  /** How often a subscribed client should look again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
  refreshSeconds: number;
  /** Fixed in tests; the time the calendar was made otherwise. */
  now?: Date;
}

/** The address organisers are named with (RFC 5545 wants a cal-address, a mailto: URI). */
export const ORGANISER_MAILBOX = "events@antenne-metropole.eu";

function zoned(instant: Date, zone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone });
}

function icsStatus(status: IcsEvent["status"]): ICalEventStatus {
  if (status === "CANCELLED") return ICalEventStatus.CANCELLED;
  if (status === "POSTPONED") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** A day by which to apply to a programme: an all-day entry of its own, not an event. */
export interface IcsDeadline {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  title: string;
  description: string;
  url: string;
  /** "Deadline" in the reader's language. */
  category: string;
}

export function buildCalendar(
  events: readonly IcsEvent[],
  options: IcsCalendarOptions,
  deadlines: readonly IcsDeadline[] = [],
): ICalCalendar {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: "Antenne Métropole", product: "Antenne events", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: options.refreshSeconds,
    ...(options.source ? { source: options.source } : {}),
    // A VTIMEZONE for every TZID the events use.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const stamp = options.now ?? new Date();
  for (const event of events) addEvent(calendar, event, stamp);
  for (const deadline of deadlines) addDeadline(calendar, deadline, stamp);
  return calendar;
}

function addDeadline(calendar: ICalCalendar, deadline: IcsDeadline, stamp: Date): void {
  const day = DateTime.fromISO(deadline.date, { zone: "UTC" });
  calendar.createEvent({
    id: deadline.uid,
    stamp,
    summary: deadline.title,
    description: deadline.description,
    url: deadline.url,
    allDay: true,
    start: day,
    end: day.plus({ days: 1 }),
    // Shown as free time: a deadline does not block the day.
    transparency: ICalEventTransparency.TRANSPARENT,
    categories: [{ name: deadline.category }],
  });
}

function addEvent(calendar: ICalCalendar, event: IcsEvent, stamp: Date): void {
  const [first, ...rest] = expandOccurrences({ ...event, exceptions: [] });
  if (!first) return;
  const occurrences = [first, ...rest];
  const description = event.statusNote ? `${event.statusNote}\n\n${event.description}` : event.description;
  const location = event.location
    ? {
        title: event.location.title,
        ...(event.location.address ? { address: event.location.address } : {}),
        ...(event.location.latitude !== null && event.location.longitude !== null
          ? { geo: { lat: event.location.latitude, lon: event.location.longitude } }
          : {}),
      }
    : event.onlineUrl
      ? { title: event.onlineUrl }
      : null;
  const common = {
    id: event.uid,
    sequence: event.sequence,
    stamp,
    lastModified: event.updatedAt,
    summary: event.title,
    description,
    url: event.url,
    timezone: event.allDay ? null : event.timeZone,
    allDay: event.allDay,
    status: icsStatus(event.status),
    location,
    organizer: { name: event.organiser, email: ORGANISER_MAILBOX },
    categories: event.categories.map((name) => ({ name })),
  };
  const time = (instant: Date) => zoned(instant, event.timeZone);
  const byOriginal = new Map(occurrences.map((o) => [o.originalStartLocal.getTime(), o]));
  const cancelled = event.exceptions.filter((e) => e.cancelled && byOriginal.has(e.originalStartLocal.getTime()));
  let repeating: string | null = null;
  if (event.rrule) {
    const exdates = cancelled.map((e) => {
      const original = byOriginal.get(e.originalStartLocal.getTime());
      return original ? time(original.originalStartsAt) : null;
    });
    const lines = [`RRULE:${event.rrule}`];
    const values = exdates.filter((d): d is DateTime => d !== null);
    if (values.length > 0) {
      lines.push(
        event.allDay
          ? `EXDATE;VALUE=DATE:${values.map((d) => d.toFormat("yyyyMMdd")).join(",")}`
          : `EXDATE;TZID=${event.timeZone}:${values.map((d) => d.toFormat("yyyyMMdd'T'HHmmss")).join(",")}`,
      );
    }
    repeating = lines.join("\r\n");
  }
  calendar.createEvent({ ...common, start: time(first.originalStartsAt), end: time(first.endsAt), repeating });
  if (!event.rrule) return;
  for (const exception of event.exceptions) {
    if (exception.cancelled || !exception.startLocal) continue;
    const moved = expandOccurrences({ ...event, exceptions: [exception] }).find(
      (o) => o.originalStartLocal.getTime() === exception.originalStartLocal.getTime(),
    );
    if (!moved) continue;
    calendar.createEvent({
      ...common,
      sequence: Math.max(event.sequence, exception.sequence),
      start: time(moved.startsAt),
      end: time(moved.endsAt),
      recurrenceId: time(moved.originalStartsAt),
    });
  }
}
