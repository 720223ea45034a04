/**
 * Programme deadlines in the events calendar (issue 20): read from the programmes, never stored as
 * events. The events page lists them apart, marked as deadlines; the events feed carries them as
 * all-day VEVENTs whose UID is made of the programme and the day, so a client that subscribed
 * keeps one entry per deadline however often it reloads.
 */
import { formatDay } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";
import { textIn } from "~/modules/programmes/programme-content";
import { programmeDeadlinesBetween, type ProgrammeDeadline } from "~/modules/programmes/programmes.server";
import { isoDay, dayNumber, todayInEurope } from "~/utils/calendar-days";

/** How far ahead the page and the feed look. */
export const DEADLINE_HORIZON_DAYS = 365;

export interface DeadlineEntry {
  /** Stable across languages and reloads: the programme and the day. */
  uid: string;
  programmeKey: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
  dateText: string;
  path: string;
  officialLink: string;
}

export function deadlineUid(deadline: Pick<ProgrammeDeadline, "programmeKey" | "date">): string {
  return `deadline-${deadline.programmeKey}-${deadline.date}@antenne-metropole.eu`;
}

export async function upcomingDeadlines(language: Language, now = new Date()): Promise<DeadlineEntry[]> {
  const today = todayInEurope(now);
  const deadlines = await programmeDeadlinesBetween(today, isoDay(dayNumber(today) + DEADLINE_HORIZON_DAYS));
  return deadlines.map((deadline) => ({
    uid: deadlineUid(deadline),
    programmeKey: deadline.programmeKey,
    name: textIn(deadline.name, language),
    date: deadline.date,
    dateText: formatDay(new Date(`${deadline.date}T00:00:00Z`), language).text,
    path: `/${language}/programmes/${deadline.programmeKey}`,
    officialLink: deadline.link,
  }));
}
