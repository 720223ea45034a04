/**
 * What fills the provided blocks from the rest of the platform: the events calendar (the coming
 * month, with the staff's drops and pins), the newest articles or the staff's choice, programme
 * deadlines, and the events around the 22 January for the Franco-German Day block. Each is one
 * EditionContentProvider; edition-content.server.ts uses them unless a module registers its own
 * with registerEditionProvider (the 22 January block can be pointed at another source there).
 */
import { articlePath } from "~/modules/articles/article-url";
import { newestArticles } from "~/modules/articles/articles.server";
import { publicArticleWhere } from "~/modules/articles/article-policy";
import { formatEventTime } from "~/modules/events/event-display";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { formatDay } from "~/modules/i18n/date-format";
import { programmeDeadlinesBetween } from "~/modules/programmes/programmes.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import type { EditionContentProvider, EditionItem, EditionLanguage } from "./edition-content.server";

const appUrl = () => loadEnv().APP_URL.replace(/\/$/, "");
const DAY_MS = 86_400_000;

/** The first instant of a month and of the month after, in UTC (events are a day wider on each side). */
export function monthBounds(month: string): { from: Date; to: Date } {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return { from: new Date(Date.UTC(year, number - 1, 1)), to: new Date(Date.UTC(year, number, 1)) };
}

const EVENT_SELECT = {
  id: true,
  number: true,
  titleDe: true,
  titleFr: true,
  timeZone: true,
  allDay: true,
  venueName: true,
  place: { select: { nameDe: true, nameFr: true } },
} as const;

export interface EditionEventCandidate {
  eventId: string;
  startsAt: Date;
  endsAt: Date;
  event: {
    id: string;
    number: number;
    titleDe: string | null;
    titleFr: string | null;
    timeZone: string;
    allDay: boolean;
    venueName: string | null;
    place: { nameDe: string; nameFr: string } | null;
  };
}

/**
 * Published, not cancelled occurrences between two instants, one per event (its first), in start
 * order: what the events block offers the staff and the reader.
 */
export async function eventsBetween(from: Date, to: Date, limit = 40): Promise<EditionEventCandidate[]> {
  const rows = await db().eventOccurrence.findMany({
    where: {
      startsAt: { gte: from, lt: to },
      cancelled: false,
      event: { publishedAt: { not: null }, status: { not: "CANCELLED" } },
    },
    orderBy: [{ startsAt: "asc" }, { eventId: "asc" }],
    take: limit * 4,
    select: { eventId: true, startsAt: true, endsAt: true, event: { select: EVENT_SELECT } },
  });
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.eventId) && seen.add(row.eventId)).slice(0, limit);
}

/** The events of an edition's month, for the staff's drop and pin choices. */
export function editionMonthEvents(month: string): Promise<EditionEventCandidate[]> {
  const { from, to } = monthBounds(month);
  return eventsBetween(from, to);
}

function eventItem(row: EditionEventCandidate, language: EditionLanguage): EditionItem {
  const place = row.event.place ? (language === "fr" ? row.event.place.nameFr : row.event.place.nameDe) : "";
  const where = [row.event.venueName, place].filter(Boolean).join(", ");
  return {
    title: eventTitle(row.event, language),
    details: [formatEventTime({ ...row, ...row.event }, language), where].filter(Boolean).join(" · "),
    url: `${appUrl()}${eventPath(row.event, language)}`,
  };
}

/** How many events the block shows at most. */
const EVENTS_SHOWN = 8;

/** Events of the edition's month: pinned ones first (whenever they are), then the month's in order, less the dropped. */
export const eventsProvider: EditionContentProvider<"events"> = {
  async load(block, { month, language }) {
    const inMonth = await editionMonthEvents(month);
    const pinnedIds = block.pinned.filter((id) => !block.dropped.includes(id));
    const pinnedRows = pinnedIds.length
      ? await db().eventOccurrence.findMany({
          where: {
            eventId: { in: pinnedIds },
            cancelled: false,
            endsAt: { gte: monthBounds(month).from },
            event: { publishedAt: { not: null }, status: { not: "CANCELLED" } },
          },
          orderBy: { startsAt: "asc" },
          select: { eventId: true, startsAt: true, endsAt: true, event: { select: EVENT_SELECT } },
        })
      : [];
    const pinned = pinnedIds.flatMap((id) => pinnedRows.find((row) => row.eventId === id) ?? []);
    const rest = inMonth.filter((row) => !block.dropped.includes(row.eventId) && !pinnedIds.includes(row.eventId));
    return [...pinned, ...rest].slice(0, Math.max(EVENTS_SHOWN, pinned.length)).map((row) => eventItem(row, language));
  },
};

/** The articles the staff chose, in their order; without a choice, the three newest. */
export const articlesProvider: EditionContentProvider<"articles"> = {
  async load(block, { language, now }) {
    const articles =
      block.articleIds.length > 0
        ? (
            await db().article.findMany({
              where: { ...publicArticleWhere(now), id: { in: block.articleIds } },
              select: { id: true, number: true, titleDe: true, titleFr: true, leadDe: true, leadFr: true },
            })
          ).sort((a, b) => block.articleIds.indexOf(a.id) - block.articleIds.indexOf(b.id))
        : await newestArticles(3, now);
    return articles.map((article) => ({
      title: (language === "fr" ? article.titleFr : article.titleDe) || article.titleDe || article.titleFr || "",
      details: (language === "fr" ? article.leadFr : article.leadDe) ?? "",
      url: `${appUrl()}${articlePath(article, language)}`,
    }));
  },
};

/** Programme deadlines from the edition's month to the end of the month after (time to apply). */
export const programmesProvider: EditionContentProvider<"programmes"> = {
  async load(_block, { month, language }) {
    const { from } = monthBounds(month);
    const until = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 2, 0));
    const deadlines = await programmeDeadlinesBetween(
      from.toISOString().slice(0, 10),
      until.toISOString().slice(0, 10),
    );
    return deadlines.map((deadline) => ({
      title: deadline.name[language],
      details: formatDay(new Date(`${deadline.date}T12:00:00Z`), language).text,
      url: `${appUrl()}/${language}/programmes/${deadline.programmeKey}`,
    }));
  },
};

/**
 * The 22 January block's list: events from a week before to a week after the coming 22 January
 * (in a December edition, that of the next year). Kept in one provider so that the Franco-German
 * Day's own pages can take its place with registerEditionProvider("franco-german-day", …).
 */
export const francoGermanDayProvider: EditionContentProvider<"franco-german-day"> = {
  async load(_block, { month, language }) {
    const [year, number] = month.split("-").map(Number) as [number, number];
    const day = Date.UTC(number === 12 ? year + 1 : year, 0, 22);
    const rows = await eventsBetween(new Date(day - 7 * DAY_MS), new Date(day + 8 * DAY_MS), 12);
    return rows.map((row) => eventItem(row, language));
  },
};
