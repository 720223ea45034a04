/**
 * What the public sees: published events matching the URL's filters, as occurrences (list, month
 * grid) or as whole events and series (ICS feeds). One place builds the filter, so the list and its
 * feed always agree.
 */
import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { instantOf, parseLocal } from "./event-time";
import { PAGE_SIZE, type EventFilters } from "./event-filters";

/** Days of the filters are read in the office's zone. */
const LIST_ZONE = "Europe/Berlin";
/** A cancelled event stays in feeds this long, so subscribed calendars learn of it and remove it. */
export const CANCELLED_KEPT_DAYS = 30;
const DAY_MS = 24 * 3600_000;

/** Ids of published events whose venue lies within the radius of a town from the places list. */
async function eventsNear(placeKey: string, radiusKm: number): Promise<string[]> {
  const place = await db().place.findUnique({ where: { key: placeKey } });
  if (!place) return [];
  // A box first (uses no index but is cheap), then the great-circle distance.
  const dLat = radiusKm / 111.2;
  const dLon = radiusKm / (111.2 * Math.cos((place.latitude * Math.PI) / 180));
  const rows = await db().$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT id FROM event
    WHERE published_at IS NOT NULL AND latitude IS NOT NULL
      AND latitude BETWEEN ${place.latitude - dLat} AND ${place.latitude + dLat}
      AND longitude BETWEEN ${place.longitude - dLon} AND ${place.longitude + dLon}
      AND 2 * 6371 * asin(sqrt(
            power(sin(radians(latitude - ${place.latitude}) / 2), 2) +
            cos(radians(${place.latitude})) * cos(radians(latitude)) *
            power(sin(radians(longitude - ${place.longitude}) / 2), 2))) <= ${radiusKm}`);
  return rows.map((row) => row.id);
}

/** The events the filters let through (published only); times are filtered on occurrences. */
export async function eventWhere(
  filters: EventFilters,
  extra: Prisma.EventWhereInput = {},
): Promise<Prisma.EventWhereInput> {
  const where: Prisma.EventWhereInput = { publishedAt: { not: null }, ...extra };
  if (filters.category) where.category = { key: filters.category };
  if (filters.language) where.spokenLanguage = filters.language;
  if (filters.audience) where.audience = filters.audience;
  if (filters.freeOnly) where.isFree = true;
  if (filters.onlineOnly) where.attendance = { in: ["ONLINE", "HYBRID"] };
  if (filters.place) where.id = { in: await eventsNear(filters.place, filters.radiusKm) };
  return where;
}

/** The instants a list covers: from the start of `from` (or now) to the end of `to` (or open). */
export function listWindow(filters: Pick<EventFilters, "from" | "to">, now: Date): { from: Date; to: Date | null } {
  const fromDay = filters.from ? parseLocal(filters.from) : null;
  const toDay = filters.to ? parseLocal(filters.to) : null;
  return {
    from: fromDay ? instantOf(fromDay, LIST_ZONE) : now,
    to: toDay ? instantOf(new Date(toDay.getTime() + DAY_MS), LIST_ZONE) : null,
  };
}

const EVENT_CARD = {
  id: true,
  number: true,
  titleDe: true,
  titleFr: true,
  titleEn: true,
  timeZone: true,
  allDay: true,
  status: true,
  attendance: true,
  spokenLanguage: true,
  isFree: true,
  priceText: true,
  venueName: true,
  latitude: true,
  longitude: true,
  rrule: true,
  category: { select: { nameDe: true, nameFr: true, nameEn: true } },
  organiser: { select: { name: true } },
  place: { select: { nameDe: true, nameFr: true, nameEn: true } },
} satisfies Prisma.EventSelect;

export type EventCardRow = Prisma.EventGetPayload<{ select: typeof EVENT_CARD }>;

export interface OccurrenceRow {
  startsAt: Date;
  endsAt: Date;
  originalStartsAt: Date;
  cancelled: boolean;
  event: EventCardRow;
}

/** One page of upcoming occurrences (still running ones included), in start order. */
export async function listOccurrences(
  filters: EventFilters,
  now: Date,
  pageSize = PAGE_SIZE,
): Promise<{ rows: OccurrenceRow[]; hasNext: boolean }> {
  const window = listWindow(filters, now);
  const rows = await db().eventOccurrence.findMany({
    where: {
      endsAt: { gte: window.from },
      ...(window.to ? { startsAt: { lt: window.to } } : {}),
      event: await eventWhere(filters),
    },
    orderBy: [{ startsAt: "asc" }, { eventId: "asc" }],
    skip: (filters.page - 1) * pageSize,
    take: pageSize + 1,
    select: { startsAt: true, endsAt: true, originalStartsAt: true, cancelled: true, event: { select: EVENT_CARD } },
  });
  return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize };
}

/** Every occurrence touching a month (`YYYY-MM`), for the grid. */
export async function monthOccurrences(filters: EventFilters, month: string): Promise<OccurrenceRow[]> {
  const first = parseLocal(`${month}-01`) as Date;
  const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
  return db().eventOccurrence.findMany({
    where: {
      endsAt: { gt: instantOf(first, LIST_ZONE) },
      startsAt: { lt: instantOf(next, LIST_ZONE) },
      event: await eventWhere(filters),
    },
    orderBy: [{ startsAt: "asc" }, { eventId: "asc" }],
    take: 1000,
    select: { startsAt: true, endsAt: true, originalStartsAt: true, cancelled: true, event: { select: EVENT_CARD } },
  });
}

/**
 * What a feed holds: published events and series with a date ending after the cut-off (30 days
 * ago), except events cancelled longer ago than that: a subscribed calendar has had a month to
 * remove them.
 */
export async function feedWhere(filters: EventFilters, now: Date, extra: Prisma.EventWhereInput = {}) {
  const cutoff = new Date(now.getTime() - CANCELLED_KEPT_DAYS * DAY_MS);
  return eventWhere(filters, {
    ...extra,
    occurrences: { some: { endsAt: { gte: cutoff } } },
    OR: [{ status: { not: "CANCELLED" } }, { statusChangedAt: { gte: cutoff } }],
  });
}

export const FEED_EVENT = {
  include: {
    exceptions: true,
    organiser: { select: { id: true, name: true } },
    category: { select: { nameDe: true, nameFr: true, nameEn: true } },
    place: { select: { nameDe: true, nameFr: true, nameEn: true } },
  },
} satisfies Prisma.EventDefaultArgs;

export type FeedEventRow = Prisma.EventGetPayload<typeof FEED_EVENT>;

/** A feed's version: how many events and when the last one changed; cheap enough for every poll. */
export async function feedVersion(
  where: Prisma.EventWhereInput,
): Promise<{ count: number; lastModified: Date | null }> {
  const found = await db().event.aggregate({ where, _count: { _all: true }, _max: { updatedAt: true } });
  return { count: found._count._all, lastModified: found._max.updatedAt };
}

export function feedEvents(where: Prisma.EventWhereInput): Promise<FeedEventRow[]> {
  return db().event.findMany({ where, orderBy: [{ startsAt: "asc" }, { id: "asc" }], ...FEED_EVENT });
}
