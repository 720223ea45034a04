/**
 * The public events pages: /:lang/events (list or month grid, filters in the URL, paginated,
 * without JavaScript) and /:lang/events/:slug (one event, JSON-LD, .ics, share link, the
 * organiser's other events). Unpublished events answer 404; past ones stay, marked, and are kept
 * out of search indexes a year after their last date. Coordinates are in the data for a map; a
 * picture comes with its description in the reader's language, else the other one.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGES, type Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { altIn } from "~/modules/images/image-policy";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { markdownToPlainText, renderMarkdown } from "~/modules/markdown/render-markdown.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { notFound } from "~/utils/not-found";
import { formatEventClock, formatEventDay, formatEventTime } from "./event-display";
import { filterQuery, monthWeeks, neighbourMonths, readEventFilters, RADIUS_CHOICES } from "./event-filters";
import { eventJsonLd } from "./event-json-ld";
import { jsonLdScriptContent } from "~/modules/offers/offer-json-ld";
import { listOccurrences, monthOccurrences, type OccurrenceRow } from "./event-listing.server";
import { eventImagePath, eventNumberFromSlug, eventPath, eventSlug, eventTitle } from "./event-url";
import { localOf } from "./event-time";
import { upcomingDeadlines } from "./programme-deadlines.server";
import { registrationPanel } from "~/modules/registrations/event-registration-page.server";

const YEAR_MS = 365 * 24 * 3600_000;

/** The event's picture with its description in the reader's language (else the other one). */
function imageOf(
  event: { id: string; imageAltDe: string | null; imageAltFr: string | null; image: { updatedAt: Date } | null },
  language: Language,
) {
  return event.image
    ? { src: eventImagePath(event.id, event.image.updatedAt), alt: altIn(language, event.imageAltDe, event.imageAltFr) }
    : null;
}

function cardOf(row: OccurrenceRow, language: Language, now: Date) {
  const event = row.event;
  return {
    key: `${event.id}-${row.originalStartsAt.toISOString()}`,
    path: eventPath(event, language),
    title: eventTitle(event, language),
    startsAt: row.startsAt.toISOString(),
    when: formatEventTime({ ...event, startsAt: row.startsAt, endsAt: row.endsAt }, language),
    day: formatEventDay(row.startsAt, event.timeZone, language),
    category: localizedName(event.category, language),
    organiser: event.organiser.name,
    town: event.place ? localizedName(event.place, language) : null,
    venue: event.venueName,
    attendance: event.attendance,
    spokenLanguage: event.spokenLanguage,
    free: event.isFree,
    status: row.cancelled ? ("CANCELLED" as const) : event.status,
    series: event.rrule !== null,
    past: row.endsAt < now,
    image: imageOf(event, language),
    /** For the map beside the list; online events have none. */
    coordinates:
      event.latitude !== null && event.longitude !== null ? { lat: event.latitude, lon: event.longitude } : null,
  };
}

export type EventCard = ReturnType<typeof cardOf>;

const DEADLINES_SHOWN = 6;

export async function eventsListLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const url = new URL(request.url);
  const filters = readEventFilters(url.searchParams);
  const now = new Date();
  const [categories, places, deadlines] = await Promise.all([
    db().eventCategory.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db().place.findMany({ orderBy: [{ country: "asc" }, { nameDe: "asc" }] }),
    upcomingDeadlines(language, now),
  ]);
  const base = {
    meta: pageMetaInput(request, language, t("events:list.title"), t("events:list.intro"), {
      alternates: Object.fromEntries(LANGUAGES.map((l) => [l, `/${l}/events`])),
      ...(url.search ? { noindex: true } : {}),
    }),
    filters,
    choices: {
      categories: categories.map((c) => ({ value: c.key, label: localizedName(c, language) })),
      places: places.map((p) => ({ value: p.key, label: localizedName(p, language), country: p.country })),
      radii: [...RADIUS_CHOICES],
    },
    /** Programme deadlines: listed apart from the events, the next few only. */
    deadlines: deadlines.slice(0, DEADLINES_SHOWN).map(({ uid, name, date, dateText, path }) => ({
      uid,
      name,
      date,
      dateText,
      path,
    })),
    feedPath: `/${language}/events.ics${filterQuery({ ...filters, page: 1, view: "list", month: null })}`,
    map: { tileUrl: loadEnv().MAP_TILE_URL, attribution: loadEnv().MAP_ATTRIBUTION },
  };
  if (filters.view === "month") {
    const month = filters.month ?? localOf(now, "Europe/Berlin").toISOString().slice(0, 7);
    const { days, perDay } = await monthOccurrences(filters, month);
    const byDay = new Map<string, EventCard[]>();
    for (const { day, row } of days) byDay.set(day, [...(byDay.get(day) ?? []), cardOf(row, language, now)]);
    const monthLabel = new Intl.DateTimeFormat(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
    return {
      ...base,
      view: "month" as const,
      events: [] as EventCard[],
      hasNext: false,
      month: {
        month,
        label: monthLabel,
        ...neighbourMonths(month),
        weeks: monthWeeks(month).map((week) =>
          week.map((day) => {
            if (!day) return null;
            const events = byDay.get(day) ?? [];
            // A busy day shows its first dates and links to all of them in the list.
            const more = (perDay.get(day) ?? 0) - events.length;
            const dayList = `/${language}/events${filterQuery({ ...filters, view: "list", month: null, page: 1, from: day, to: day })}`;
            return { day, number: Number(day.slice(8)), events, more, dayList };
          }),
        ),
      },
    };
  }
  const { rows, hasNext } = await listOccurrences(filters, now);
  return {
    ...base,
    view: "list" as const,
    events: rows.map((row) => ({
      ...cardOf(row, language, now),
      clock: formatEventClock(row.startsAt, row.event.timeZone, language),
    })),
    hasNext,
    month: null,
  };
}

export async function eventPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const slug = params.slug ?? "";
  const number = eventNumberFromSlug(slug);
  const event = number
    ? await db().event.findFirst({
        where: { number, publishedAt: { not: null } },
        include: {
          organiser: true,
          category: true,
          place: true,
          occurrences: { orderBy: { startsAt: "asc" } },
          image: { select: { updatedAt: true } },
        },
      })
    : null;
  if (!event) throw notFound();
  if (slug !== eventSlug(event, language)) throw redirect(eventPath(event, language), 301);
  const now = new Date();
  const appUrl = loadEnv().APP_URL;
  const title = eventTitle(event, language);
  const own = language === "fr" ? event.descriptionFr : language === "en" ? event.descriptionEn : event.descriptionDe;
  const description = own ?? (language === "fr" ? event.descriptionDe : (event.descriptionDe ?? event.descriptionFr));
  const shownLanguage = own ? language : language === "fr" ? "de" : event.descriptionDe ? "de" : "fr";
  const last = event.occurrences.at(-1);
  const past = !last || last.endsAt < now;
  const upcoming = event.occurrences.filter((o) => o.endsAt >= now);
  const next = upcoming[0] ?? last;
  const others = await db().eventOccurrence.findMany({
    where: {
      endsAt: { gte: now },
      event: { organiserId: event.organiserId, publishedAt: { not: null }, id: { not: event.id } },
    },
    orderBy: { startsAt: "asc" },
    take: 5,
    select: {
      startsAt: true,
      endsAt: true,
      originalStartsAt: true,
      cancelled: true,
      event: {
        select: { id: true, number: true, titleDe: true, titleFr: true, titleEn: true, timeZone: true, allDay: true },
      },
    },
  });
  const canonical = new URL(eventPath(event, language), appUrl).toString();
  const town = event.place ? localizedName(event.place, language) : null;
  const image = imageOf(event, language);
  return {
    meta: pageMetaInput(request, language, title, markdownToPlainText(description).slice(0, 160), {
      alternates: Object.fromEntries(LANGUAGES.map((l) => [l, eventPath(event, l)])),
      ...(past && last && now.getTime() - last.endsAt.getTime() > YEAR_MS ? { noindex: true } : {}),
    }),
    title,
    number: event.number,
    image,
    descriptionHtml: renderMarkdown(description),
    descriptionLanguage: own ? null : shownLanguage,
    status: event.status,
    past,
    category: localizedName(event.category, language),
    organiser: {
      name: event.organiser.name,
      town: event.organiser.town,
      website: event.organiser.website,
      feedPath: `/${language}/organisers/${event.organiserId}/events.ics`,
    },
    spokenLanguage: event.spokenLanguage,
    audience: event.audience,
    free: event.isFree,
    priceText: event.priceText,
    attendance: event.attendance,
    venue: event.venueName,
    address: event.address,
    town,
    onlineUrl: event.onlineUrl,
    coordinates:
      event.latitude !== null && event.longitude !== null ? { lat: event.latitude, lon: event.longitude } : null,
    when: next ? formatEventTime({ ...event, startsAt: next.startsAt, endsAt: next.endsAt }, language) : "",
    startsAt: next?.startsAt.toISOString() ?? event.startsAt.toISOString(),
    dates: event.rrule
      ? upcoming.slice(0, 12).map((o) => ({
          key: o.originalStartsAt.toISOString(),
          when: formatEventTime({ ...event, startsAt: o.startsAt, endsAt: o.endsAt }, language),
          cancelled: o.cancelled,
        }))
      : [],
    icsPath: `/${language}/events/${eventSlug(event, language)}/calendar.ics`,
    registration: await registrationPanel(request, event, language, now),
    shareUrl: canonical,
    others: others.map((o) => ({
      key: `${o.event.id}-${o.originalStartsAt.toISOString()}`,
      path: eventPath(o.event, language),
      title: eventTitle(o.event, language),
      when: formatEventTime({ ...o.event, startsAt: o.startsAt, endsAt: o.endsAt }, language),
    })),
    // Escaped: no text in it can close the script element.
    jsonLd: jsonLdScriptContent(
      eventJsonLd({
        ...event,
        title,
        description: markdownToPlainText(description),
        url: canonical,
        town,
        startsAt: next?.startsAt ?? event.startsAt,
        endsAt: next?.endsAt ?? event.endsAt,
        organiserName: event.organiser.name,
        organiserWebsite: event.organiser.website,
        imageUrl: image ? new URL(image.src, appUrl).toString() : null,
      }),
    ),
  };
}
