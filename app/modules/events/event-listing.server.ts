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

/**
 * The one definition of what the filters let through, as a condition on the event `e`
 * (published only). The list and the month grid join it to the dates; feeds take the ids.
 */
function eventFilterSql(filters: EventFilters): Prisma.Sql {
  const conditions = [Prisma.sql`e.published_at IS NOT NULL`];
  if (filters.category) {
    conditions.push(Prisma.sql`e.category_id IN (SELECT id FROM event_category WHERE key = ${filters.category})`);
  }
  if (filters.language) conditions.push(Prisma.sql`e.spoken_language::text = ${filters.language}`);
  if (filters.audience) conditions.push(Prisma.sql`e.audience::text = ${filters.audience}`);
  if (filters.freeOnly) conditions.push(Prisma.sql`e.is_free`);
  if (filters.onlineOnly) conditions.push(Prisma.sql`e.attendance::text IN ('ONLINE', 'HYBRID')`);
  if (filters.place) conditions.push(nearSql(filters.place, filters.radiusKm));
  return Prisma.join(conditions, " AND ");
}

/** The venue lies within the radius of a town from the places list (none for an unknown town). */
function nearSql(placeKey: string, radiusKm: number): Prisma.Sql {
  // A box first (cheap), then the great-circle distance.
  return Prisma.sql`EXISTS (
    SELECT 1 FROM place p WHERE p.key = ${placeKey}
      AND e.latitude BETWEEN p.latitude - ${radiusKm} / 111.2 AND p.latitude + ${radiusKm} / 111.2
      AND e.longitude BETWEEN p.longitude - ${radiusKm} / (111.2 * cos(radians(p.latitude)))
                          AND p.longitude + ${radiusKm} / (111.2 * cos(radians(p.latitude)))
      AND 2 * 6371 * asin(sqrt(
            power(sin(radians(e.latitude - p.latitude) / 2), 2) +
            cos(radians(p.latitude)) * cos(radians(e.latitude)) *
            power(sin(radians(e.longitude - p.longitude) / 2), 2))) <= ${radiusKm})`;
}

/** The events the filters let through (published only); times are filtered on occurrences. */
export async function eventWhere(
  filters: EventFilters,
  extra: Prisma.EventWhereInput = {},
): Promise<Prisma.EventWhereInput> {
  const where: Prisma.EventWhereInput = { publishedAt: { not: null }, ...extra };
  const { category, language, audience, freeOnly, onlineOnly, place } = filters;
  if (category || language || audience || freeOnly || onlineOnly || place) {
    const rows = await db().$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT e.id FROM event e WHERE ${eventFilterSql(filters)}`,
    );
    where.id = { in: rows.map((row) => row.id) };
  }
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
  imageAltDe: true,
  imageAltFr: true,
  image: { select: { updatedAt: true } },
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

/** The dates a list or grid shows, chosen by SQL; the cards are read for those dates only. */
interface OccurrenceKey {
  event_id: string;
  original_starts_at: Date;
}

async function occurrencesOf(keys: OccurrenceKey[]): Promise<OccurrenceRow[]> {
  if (keys.length === 0) return [];
  const rows = await db().eventOccurrence.findMany({
    where: { OR: keys.map((key) => ({ eventId: key.event_id, originalStartsAt: key.original_starts_at })) },
    select: { startsAt: true, endsAt: true, originalStartsAt: true, cancelled: true, event: { select: EVENT_CARD } },
  });
  const byKey = new Map(rows.map((row) => [`${row.event.id} ${row.originalStartsAt.getTime()}`, row]));
  return keys.flatMap((key) => byKey.get(`${key.event_id} ${key.original_starts_at.getTime()}`) ?? []);
}

/** One page of upcoming occurrences (still running ones included), in start order. */
export async function listOccurrences(
  filters: EventFilters,
  now: Date,
  pageSize = PAGE_SIZE,
): Promise<{ rows: OccurrenceRow[]; hasNext: boolean }> {
  const window = listWindow(filters, now);
  const keys = await db().$queryRaw<OccurrenceKey[]>(Prisma.sql`
    SELECT o.event_id, o.original_starts_at
    FROM event_occurrence o JOIN event e ON e.id = o.event_id
    WHERE o.ends_at >= ${window.from} ${window.to ? Prisma.sql`AND o.starts_at < ${window.to}` : Prisma.empty}
      AND ${eventFilterSql(filters)}
    ORDER BY o.starts_at, o.event_id
    OFFSET ${(filters.page - 1) * pageSize} LIMIT ${pageSize + 1}`);
  const rows = await occurrencesOf(keys.slice(0, pageSize));
  return { rows, hasNext: keys.length > pageSize };
}

/** At most this many dates a day in the month grid; the day links to its full list. */
export const MONTH_DAY_LIMIT = 4;

/**
 * The dates of a month (`YYYY-MM`) for the grid, on every day they run (by the event's local
 * day), as the day's list shows them: at most MONTH_DAY_LIMIT a day, earliest start first, and
 * how many each day has in all.
 */
export async function monthOccurrences(
  filters: EventFilters,
  month: string,
): Promise<{ days: { day: string; row: OccurrenceRow }[]; perDay: Map<string, number> }> {
  const first = parseLocal(`${month}-01`) as Date;
  const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
  const found = await db().$queryRaw<(OccurrenceKey & { day: string; rank: number; on_day: number })[]>(Prisma.sql`
    SELECT * FROM (
      SELECT o.event_id, o.original_starts_at, d.day,
             row_number() OVER (PARTITION BY d.day ORDER BY o.starts_at, o.event_id)::int AS rank,
             count(*) OVER (PARTITION BY d.day)::int AS on_day
      FROM event_occurrence o JOIN event e ON e.id = o.event_id,
           -- Each day from the first to the last: an end at midnight does not take the next day.
           LATERAL (
             SELECT to_char(g, 'YYYY-MM-DD') AS day
             FROM generate_series(
               date_trunc('day', o.starts_at AT TIME ZONE e.time_zone),
               date_trunc('day', GREATEST(o.starts_at, o.ends_at - interval '1 microsecond') AT TIME ZONE e.time_zone),
               interval '1 day') AS g
           ) d
      WHERE o.ends_at > ${instantOf(first, LIST_ZONE)} AND o.starts_at < ${instantOf(next, LIST_ZONE)}
        AND d.day >= ${`${month}-01`} AND d.day < ${next.toISOString().slice(0, 10)}
        AND ${eventFilterSql(filters)}
    ) dated
    WHERE rank <= ${MONTH_DAY_LIMIT}
    ORDER BY day, rank`);
  const rows = await occurrencesOf(found);
  const byKey = new Map(rows.map((row) => [`${row.event.id} ${row.originalStartsAt.getTime()}`, row]));
  const days = found.flatMap(({ day, event_id, original_starts_at }) => {
    const row = byKey.get(`${event_id} ${original_starts_at.getTime()}`);
    return row ? [{ day, row }] : [];
  });
  return { days, perDay: new Map(found.map((row) => [row.day, row.on_day])) };
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
