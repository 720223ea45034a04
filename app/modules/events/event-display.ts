/**
 * How pages write an event's time: in the event's own zone, with the zone named when it is not
 * the reader's usual one. Pure.
 */
import type { Language } from "~/modules/i18n/languages";
import { INTL_LOCALES } from "~/modules/i18n/date-format";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${zone}:${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(INTL_LOCALES[language], { ...options, timeZone: zone });
    formats.set(key, found);
  }
  return found;
}

export interface TimedEvent {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay: boolean;
}

/** "Do., 18. März 2027, 19:00–21:00" or, all day, "22. Januar 2027". */
export function formatEventTime(event: TimedEvent, language: Language): string {
  if (event.allDay) {
    const lastDay = new Date(event.endsAt.getTime() - 1);
    return format(language, event.timeZone, { dateStyle: "full" }).formatRange(event.startsAt, lastDay);
  }
  return format(language, event.timeZone, { dateStyle: "full", timeStyle: "short" }).formatRange(
    event.startsAt,
    event.endsAt,
  );
}

/** "19:00" in the event's zone. */
export function formatEventClock(instant: Date, zone: string, language: Language): string {
  return format(language, zone, { timeStyle: "short" }).format(instant);
}

/** "18" and "März": the day badge of a list entry. */
export function formatEventDay(instant: Date, zone: string, language: Language) {
  return {
    day: format(language, zone, { day: "numeric" }).format(instant),
    month: format(language, zone, { month: "short" }).format(instant),
    weekday: format(language, zone, { weekday: "short" }).format(instant),
  };
}
