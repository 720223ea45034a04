/**
 * The public pages of the 22 January: /:lang/{22-januar|22-janvier|22-january} (to the current or
 * coming edition), /:lang/…/:year (theme, introduction, the programme by town or by time, on a
 * map, with an ICS feed and two filters), /:lang/…/:year/{mitmachen|participer|participate} (the
 * call for participation) and /:lang/…/:year/calendar.ics. Only published editions are public; a past one
 * stays as an archive with its review and figures.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGES, type Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { markdownToPlainText, renderMarkdown } from "~/modules/markdown/render-markdown.server";
import { jsonLdScriptContent } from "~/modules/offers/offer-json-ld";
import { formatEventClock, formatEventTime } from "~/modules/events/event-display";
import { feedAnswer } from "~/modules/events/event-feed-page.server";
import { feedWhere } from "~/modules/events/event-listing.server";
import { readEventFilters } from "~/modules/events/event-filters";
import { localOf } from "~/modules/events/event-time";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { notFound } from "~/utils/not-found";
import { editionEventWhere, editionText, PUBLIC_EDITION } from "./editions.server";
import { groupByDay, groupByTown, matchesFilters, programmeQuery, readProgrammeFilters } from "./edition-programme";
import {
  ALL_PARTICIPATE_SLUGS,
  canonicalEditionUrl,
  comingEditionYear,
  editionFeedPath,
  editionPath,
  editionYearOf,
  officeDay,
  participatePath,
} from "./edition-url";

/** A wrong slug for the language (or a hand-typed one) moves permanently to the right address. */
function redirectToCanonical(request: Request, language: Language): void {
  const url = new URL(request.url);
  const wanted = canonicalEditionUrl(url, language);
  if (wanted) throw redirect(wanted, 301);
}

async function publicEdition(yearText: string | undefined) {
  const year = editionYearOf(yearText);
  const edition = year ? await db().edition.findFirst({ where: { year, ...PUBLIC_EDITION } }) : null;
  if (!edition) throw notFound();
  return edition;
}

/** /:lang/22-januar: the coming edition if it is public, else the newest public one. */
export async function editionsRootLoader({ request, params }: LoaderFunctionArgs, now = new Date()) {
  const language = requireLanguage(params);
  redirectToCanonical(request, language);
  const coming = comingEditionYear(officeDay(now));
  const edition =
    (await db().edition.findFirst({ where: { ...PUBLIC_EDITION, year: { gte: coming } }, orderBy: { year: "asc" } })) ??
    (await db().edition.findFirst({ where: PUBLIC_EDITION, orderBy: { year: "desc" } }));
  if (!edition) throw notFound();
  // Temporary: next year the same address leads elsewhere.
  throw redirect(editionPath(edition.year, language), 302);
}

export async function editionPageLoader({ request, params }: LoaderFunctionArgs, now = new Date()) {
  const language = requireLanguage(params);
  redirectToCanonical(request, language);
  const edition = await publicEdition(params.year);
  const t = translatorFor(language);
  const filters = readProgrammeFilters(new URL(request.url).searchParams);
  const rows = await db().eventOccurrence.findMany({
    where: { event: editionEventWhere(edition.id) },
    orderBy: [{ startsAt: "asc" }, { eventId: "asc" }],
    select: {
      startsAt: true,
      endsAt: true,
      originalStartsAt: true,
      cancelled: true,
      event: {
        select: {
          id: true,
          number: true,
          titleDe: true,
          titleFr: true,
          titleEn: true,
          timeZone: true,
          allDay: true,
          status: true,
          attendance: true,
          audience: true,
          spokenLanguage: true,
          venueName: true,
          latitude: true,
          longitude: true,
          organiser: { select: { name: true, town: true } },
          place: { select: { nameDe: true, nameFr: true, nameEn: true } },
        },
      },
    },
  });
  const all = rows.map((row) => {
    const event = row.event;
    const online = event.attendance === "ONLINE" || event.status === "MOVED_ONLINE";
    return {
      key: `${event.id}-${row.originalStartsAt.toISOString()}`,
      path: eventPath(event, language),
      title: eventTitle(event, language),
      startsAt: row.startsAt.toISOString(),
      day: localOf(row.startsAt, event.timeZone).toISOString().slice(0, 10),
      when: formatEventTime({ ...event, startsAt: row.startsAt, endsAt: row.endsAt }, language),
      clock: event.allDay ? null : formatEventClock(row.startsAt, event.timeZone, language),
      town: online ? null : event.place ? localizedName(event.place, language) : event.organiser.town,
      venue: event.venueName,
      organiser: event.organiser.name,
      audience: event.audience,
      spokenLanguage: event.spokenLanguage,
      attendance: event.attendance,
      status: row.cancelled ? ("CANCELLED" as const) : event.status,
      coordinates:
        !online && event.latitude !== null && event.longitude !== null
          ? { lat: event.latitude, lng: event.longitude }
          : null,
    };
  });
  const sessions = all.filter((session) => matchesFilters(session, filters));
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: "full", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
  const groups =
    filters.group === "time"
      ? groupByDay(sessions).map((g) => ({ key: g.key, heading: dayLabel(g.key), sessions: g.sessions }))
      : groupByTown(sessions, language).map((g) => ({
          key: g.key ?? "online",
          heading: g.key ?? t("editions:programme.online"),
          sessions: g.sessions,
        }));
  const theme = editionText(edition, "theme", language) ?? "";
  const intro = editionText(edition, "intro", language) ?? "";
  const review = editionText(edition, "review", language);
  const past =
    edition.archivedAt !== null ||
    officeDay(now).year > edition.year ||
    comingEditionYear(officeDay(now)) > edition.year;
  const appUrl = loadEnv().APP_URL;
  const url = new URL(editionPath(edition.year, language), appUrl).toString();
  const title = t("editions:page.title", { year: edition.year });
  const heldSessions = all.filter((s) => s.status !== "CANCELLED");
  return {
    meta: pageMetaInput(request, language, `${title}: ${theme}`, markdownToPlainText(intro).slice(0, 160), {
      alternates: Object.fromEntries(LANGUAGES.map((l) => [l, editionPath(edition.year, l)])),
      ...(new URL(request.url).search ? { noindex: true } : {}),
    }),
    year: edition.year,
    title,
    theme,
    introHtml: renderMarkdown(intro),
    reviewHtml: past && review ? renderMarkdown(review) : null,
    past,
    figures: {
      sessions: heldSessions.length,
      towns: new Set(heldSessions.map((s) => s.town).filter((town) => town !== null)).size,
    },
    filters,
    filterLinks: {
      schools: programmeQuery({ ...filters, schools: !filters.schools }),
      french: programmeQuery({ ...filters, french: !filters.french }),
      byTown: programmeQuery({ ...filters, group: "town" }),
      byTime: programmeQuery({ ...filters, group: "time" }),
    },
    total: all.length,
    groups,
    points: sessions.flatMap((s) =>
      s.coordinates ? [{ lat: s.coordinates.lat, lng: s.coordinates.lng, label: s.title, href: s.path }] : [],
    ),
    map: { tileUrl: loadEnv().MAP_TILE_URL, attribution: loadEnv().MAP_ATTRIBUTION },
    feedPath: editionFeedPath(edition.year, language),
    participatePath: participatePath(edition.year, language),
    callOpen: !past && isCallOpen(edition, now),
    jsonLd: jsonLdScriptContent({
      "@context": "https://schema.org",
      "@type": "Event",
      name: `${title}: ${theme}`,
      description: markdownToPlainText(intro).slice(0, 500),
      url,
      startDate: `${edition.year}-01-22`,
      eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: {
        "@type": "Place",
        name: t("editions:page.region"),
        address: { "@type": "PostalAddress", addressCountry: ["DE", "FR"] },
      },
      organizer: { "@type": "Organization", name: "Antenne Métropole", url: appUrl },
      inLanguage: ["de", "fr"],
      subEvent: heldSessions.slice(0, 100).map((s) => ({
        "@type": "Event",
        name: s.title,
        url: new URL(s.path, appUrl).toString(),
        startDate: s.startsAt,
      })),
    }),
  };
}

function isCallOpen(edition: { callOpensOn: Date | null; callClosesOn: Date | null }, now: Date): boolean {
  const today = officeDay(now);
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day));
  return (!edition.callOpensOn || edition.callOpensOn <= day) && (!edition.callClosesOn || day <= edition.callClosesOn);
}

export async function participatePageLoader({ request, params }: LoaderFunctionArgs, now = new Date()) {
  const language = requireLanguage(params);
  if (!ALL_PARTICIPATE_SLUGS.includes(params.page ?? "")) throw notFound();
  redirectToCanonical(request, language);
  const edition = await publicEdition(params.year);
  const t = translatorFor(language);
  const format = (day: Date | null) =>
    day ? new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(day) : null;
  return {
    meta: pageMetaInput(
      request,
      language,
      t("editions:participate.title", { year: edition.year }),
      t("editions:participate.lead"),
      {
        alternates: Object.fromEntries(LANGUAGES.map((l) => [l, participatePath(edition.year, l)])),
      },
    ),
    year: edition.year,
    theme: editionText(edition, "theme", language) ?? "",
    opens: format(edition.callOpensOn),
    closes: format(edition.callClosesOn),
    open: edition.archivedAt === null && isCallOpen(edition, now),
    editionPath: editionPath(edition.year, language),
    signupPath: `/${language}/signup/organiser`,
    submitPath: `/${language}/organiser/events/new?edition=${edition.year}`,
  };
}

/** The programme as an ICS feed: same builder, UIDs and SEQUENCE as every other feed. */
export async function editionFeedLoader({ request, params }: LoaderFunctionArgs, now = new Date()) {
  const language = requireLanguage(params);
  redirectToCanonical(request, language);
  const edition = await publicEdition(params.year);
  const t = translatorFor(language);
  const where = await feedWhere(readEventFilters(new URLSearchParams()), now, { editionId: edition.id });
  return feedAnswer(request, language, where, t("editions:feed.name", { year: edition.year }), now);
}
