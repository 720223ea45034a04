/**
 * The ICS answers: `/:lang/events.ics` (the list's filters), `/:lang/organisers/:id/events.ics`
 * (one organiser) and `/:lang/events/:slug/calendar.ics` (one event, "add to my calendar").
 * Feeds answer `If-None-Match` / `If-Modified-Since` with 304 after one cheap aggregate query, so
 * calendar clients can poll often.
 */
import { createHash } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { markdownToPlainText } from "~/modules/markdown/render-markdown.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { buildCalendar, type IcsDeadline, type IcsEvent } from "./event-ics";
import { upcomingDeadlines } from "./programme-deadlines.server";
import { filterQuery, readEventFilters } from "./event-filters";
import { eventNumberFromSlug, eventPath, eventTitle } from "./event-url";
import { FEED_EVENT, feedEvents, feedVersion, feedWhere, type FeedEventRow } from "./event-listing.server";

/** Calendar clients are asked to look again every hour. */
export const FEED_REFRESH_SECONDS = 3600;

function descriptionFor(event: FeedEventRow, language: Language): string {
  const text =
    language === "fr"
      ? (event.descriptionFr ?? event.descriptionDe)
      : language === "en"
        ? (event.descriptionEn ?? event.descriptionDe ?? event.descriptionFr)
        : (event.descriptionDe ?? event.descriptionFr);
  return markdownToPlainText(text);
}

/** One stored event as the ICS builder wants it, in the reader's language; the UID is the same in all. */
export function icsEventOf(event: FeedEventRow, language: Language, appUrl: string): IcsEvent {
  const t = translatorFor(language);
  const url = new URL(eventPath(event, language), appUrl).toString();
  const town = event.place ? localizedName(event.place, language) : null;
  return {
    uid: event.uid,
    sequence: event.sequence,
    title: eventTitle(event, language),
    description: [descriptionFor(event, language), url].filter(Boolean).join("\n\n"),
    url,
    status: event.status,
    statusNote: event.status === "SCHEDULED" ? null : t(`events:status.${event.status}`),
    timeZone: event.timeZone,
    allDay: event.allDay,
    startLocal: event.startLocal,
    endLocal: event.endLocal,
    rrule: event.rrule,
    exceptions: event.exceptions,
    location:
      event.attendance !== "ONLINE" && event.status !== "MOVED_ONLINE"
        ? {
            title: [event.venueName, town].filter(Boolean).join(", ") || (town ?? ""),
            address: event.address,
            latitude: event.latitude,
            longitude: event.longitude,
          }
        : null,
    onlineUrl: event.onlineUrl,
    organiser: event.organiser.name,
    categories: [localizedName(event.category, language)],
    updatedAt: event.updatedAt,
  };
}

function etagOf(parts: unknown[]): string {
  return `"${createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 27)}"`;
}

function notModified(request: Request, etag: string, lastModified: Date | null): boolean {
  const match = request.headers.get("If-None-Match");
  if (match) return match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
  const since = Date.parse(request.headers.get("If-Modified-Since") ?? "");
  return lastModified !== null && !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** The programme deadlines as the feed carries them, in the reader's language. */
async function icsDeadlines(language: Language, now: Date): Promise<IcsDeadline[]> {
  const t = translatorFor(language);
  const appUrl = loadEnv().APP_URL;
  return (await upcomingDeadlines(language, now)).map((deadline) => {
    const url = new URL(deadline.path, appUrl).toString();
    return {
      uid: deadline.uid,
      date: deadline.date,
      title: t("events:deadlines.icsTitle", { name: deadline.name }),
      description: [t("events:deadlines.icsDescription", { name: deadline.name }), url, deadline.officialLink].join(
        "\n\n",
      ),
      url,
      category: t("events:deadlines.category"),
    };
  });
}

export async function feedAnswer(
  request: Request,
  language: Language,
  where: Prisma.EventWhereInput,
  name: string,
  now: Date,
  withDeadlines = false,
): Promise<Response> {
  const version = await feedVersion(where);
  // A handful of programmes: their deadlines are read every time and are part of the version.
  const deadlines = withDeadlines ? await icsDeadlines(language, now) : [];
  // The day is part of the version: a cancelled event leaves the feed 30 days later without a change.
  const etag = etagOf([
    language,
    new URL(request.url).search,
    version.count,
    version.lastModified,
    now.toISOString().slice(0, 10),
    deadlines,
  ]);
  const headers: Record<string, string> = {
    ETag: etag,
    "Cache-Control": "public, max-age=900",
    ...(version.lastModified ? { "Last-Modified": version.lastModified.toUTCString() } : {}),
  };
  if (notModified(request, etag, version.lastModified)) return new Response(null, { status: 304, headers });
  const body = builtFeeds.get(etag) ?? (await buildFeed(request, language, where, name, now, deadlines));
  builtFeeds.set(etag, body);
  return new Response(body, {
    headers: {
      ...headers,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": "inline; filename=events.ics",
    },
  });
}

/**
 * Feeds already built, by their ETag, which names everything a feed is made of (language,
 * filters, the events' count and last change, the day, the deadlines): a calendar app polling
 * without If-None-Match, or many subscribers of one feed, cost one query instead of a rebuild
 * (about 0.7 ms per event). Bounded by the characters kept.
 */
const builtFeeds = new (class {
  #feeds = new Map<string, string>();
  #size = 0;
  get(etag: string) {
    return this.#feeds.get(etag);
  }
  set(etag: string, body: string) {
    if (this.#feeds.has(etag) || body.length > FEED_CACHE_CHARACTERS) return;
    this.#feeds.set(etag, body);
    this.#size += body.length;
    for (const [oldest, kept] of this.#feeds) {
      if (this.#size <= FEED_CACHE_CHARACTERS) break;
      this.#feeds.delete(oldest);
      this.#size -= kept.length;
    }
  }
})();
const FEED_CACHE_CHARACTERS = 64 * 1024 * 1024;

async function buildFeed(
  request: Request,
  language: Language,
  where: Prisma.EventWhereInput,
  name: string,
  now: Date,
  deadlines: IcsDeadline[],
): Promise<string> {
  const appUrl = loadEnv().APP_URL;
  const events = await feedEvents(where);
  const calendar = buildCalendar(
    events.map((event) => icsEventOf(event, language, appUrl)),
    {
      name,
      refreshSeconds: FEED_REFRESH_SECONDS,
      source: new URL(new URL(request.url).pathname, appUrl).toString() + new URL(request.url).search,
      now,
    },
    deadlines,
  );
  return calendar.toString();
}

export async function eventsFeedLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const now = new Date();
  const filters = readEventFilters(new URL(request.url).searchParams);
  const t = translatorFor(language);
  // The whole calendar carries the programme deadlines; a feed narrowed by a filter is about events.
  const unfiltered = filterQuery({ ...filters, page: 1, view: "list", month: null }) === "";
  return feedAnswer(request, language, await feedWhere(filters, now), t("events:feed.name"), now, unfiltered);
}

export async function organiserFeedLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const organiser = isUuid(params.id) ? await db().organiser.findUnique({ where: { id: params.id } }) : null;
  if (!organiser) throw notFound();
  const now = new Date();
  const t = translatorFor(language);
  const where = await feedWhere(readEventFilters(new URLSearchParams()), now, { organiserId: organiser.id });
  return feedAnswer(request, language, where, t("events:feed.organiserName", { name: organiser.name }), now);
}

/** One event's calendar file, whatever its date: "add to my calendar". */
export async function eventIcsLoader({ params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const number = eventNumberFromSlug(params.slug ?? "");
  const event = number
    ? await db().event.findFirst({ where: { number, publishedAt: { not: null } }, ...FEED_EVENT })
    : null;
  if (!event) throw notFound();
  const title = eventTitle(event, language);
  const calendar = buildCalendar([icsEventOf(event, language, loadEnv().APP_URL)], {
    name: title,
    refreshSeconds: FEED_REFRESH_SECONDS,
  });
  return new Response(calendar.toString(), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename=event-${event.number}.ics`,
      "Cache-Control": "public, max-age=300",
    },
  });
}

/** The feed address of a filtered list, for the subscribe link. */
export function feedPath(language: Language, filters: Parameters<typeof filterQuery>[0]): string {
  return `/${language}/events.ics${filterQuery({ ...filters, page: 1, view: "list" })}`;
}
