/**
 * What the home page shows of the calendar: the next events, and from 1 December to 22 January
 * a banner for the coming Franco-German Day when its edition is public. `now` is passed in so
 * tests can set the date.
 */
import type { Language } from "~/modules/i18n/languages";
import { formatEventTime } from "~/modules/events/event-display";
import { readEventFilters } from "~/modules/events/event-filters";
import { listOccurrences } from "~/modules/events/event-listing.server";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { localizedName } from "~/modules/i18n/localized-name";
import { db } from "~/utils/db.server";
import { editionText, PUBLIC_EDITION } from "./editions.server";
import { bannerYear, editionPath, officeDay } from "./edition-url";

export const HOME_EVENT_COUNT = 4;

export async function nextEventCards(language: Language, now: Date) {
  const { rows } = await listOccurrences(readEventFilters(new URLSearchParams()), now, HOME_EVENT_COUNT);
  return rows.map((row) => ({
    key: `${row.event.id}-${row.originalStartsAt.toISOString()}`,
    path: eventPath(row.event, language),
    title: eventTitle(row.event, language),
    startsAt: row.startsAt.toISOString(),
    when: formatEventTime({ ...row.event, startsAt: row.startsAt, endsAt: row.endsAt }, language),
    town: row.event.place ? localizedName(row.event.place, language) : null,
    cancelled: row.cancelled || row.event.status === "CANCELLED",
  }));
}

export type HomeEventCard = Awaited<ReturnType<typeof nextEventCards>>[number];

export async function dayBanner(language: Language, now: Date) {
  const year = bannerYear(officeDay(now));
  if (year === null) return null;
  const edition = await db().edition.findFirst({ where: { year, ...PUBLIC_EDITION } });
  if (!edition) return null;
  return { year, theme: editionText(edition, "theme", language) ?? "", path: editionPath(year, language) };
}

export type DayBanner = NonNullable<Awaited<ReturnType<typeof dayBanner>>>;
