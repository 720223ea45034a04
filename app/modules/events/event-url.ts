/**
 * Public event URLs: `/de/events/filmabend-im-kino-12`. Only the number at the end identifies
 * the event; the words follow the title in the page's language. Pure.
 */
import { slugify } from "~/modules/accounts/slug";
import type { Language } from "~/modules/i18n/languages";

export interface EventTitles {
  number: number;
  titleDe: string | null;
  titleFr: string | null;
  titleEn?: string | null;
}

/** The title in the reader's language, else the other one; English readers get English, then German. */
export function eventTitle(event: Omit<EventTitles, "number">, language: Language): string {
  const preferred =
    language === "fr"
      ? [event.titleFr, event.titleDe]
      : language === "en"
        ? [event.titleEn, event.titleDe, event.titleFr]
        : [event.titleDe, event.titleFr];
  return preferred.find((title) => title && title.trim() !== "") ?? "";
}

export function eventSlug(event: EventTitles, language: Language): string {
  return `${slugify(eventTitle(event, language) || "event")}-${event.number}`;
}

export function eventPath(event: EventTitles, language: Language): string {
  return `/${language}/events/${eventSlug(event, language)}`;
}

/** The event number at the end of a URL part, or null when there is none. */
export function eventNumberFromSlug(slug: string): number | null {
  const match = /(?:^|-)(\d{1,9})$/.exec(slug);
  return match ? Number(match[1]) : null;
}

/** Where pages link an event's picture; the version makes each upload a new, long-cacheable URL. */
export function eventImagePath(eventId: string, imageUpdatedAt: Date): string {
  return `/events/${eventId}/image?v=${imageUpdatedAt.getTime()}`;
}
