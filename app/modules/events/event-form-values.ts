/** The event form's values of a stored event: what staff and organisers edit, and what a review diffs. */
import type { Event } from "~/generated/prisma/client";
import type { FormValues } from "~/utils/forms";
import { formatLocal, localDay } from "./event-time";

/** The form's values of a stored event. */
export function valuesOf(event: Event): FormValues {
  const rule = event.rrule ?? "";
  const repeat = !rule
    ? "none"
    : rule.includes("WEEKLY")
      ? "weekly"
      : rule.includes("BYMONTHDAY")
        ? "monthlyByDay"
        : "monthlyByWeekday";
  const count = /COUNT=(\d+)/.exec(rule)?.[1];
  const until = /UNTIL=(\d{4})(\d{2})(\d{2})/.exec(rule);
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  return {
    titleDe: text(event.titleDe),
    titleFr: text(event.titleFr),
    titleEn: text(event.titleEn),
    descriptionDe: text(event.descriptionDe),
    descriptionFr: text(event.descriptionFr),
    descriptionEn: text(event.descriptionEn),
    imageAltDe: text(event.imageAltDe),
    imageAltFr: text(event.imageAltFr),
    categoryId: String(event.categoryId),
    organiserId: event.organiserId,
    spokenLanguage: event.spokenLanguage,
    audience: event.audience,
    isFree: event.isFree ? "on" : "",
    priceText: text(event.priceText),
    attendance: event.attendance,
    placeId: text(event.placeId),
    venueName: text(event.venueName),
    address: text(event.address),
    latitude: text(event.latitude),
    longitude: text(event.longitude),
    onlineUrl: text(event.onlineUrl),
    timeZone: event.timeZone,
    allDay: event.allDay ? "on" : "",
    start: event.allDay ? localDay(event.startLocal) : formatLocal(event.startLocal),
    end: event.allDay ? localDay(event.endLocal) : formatLocal(event.endLocal),
    repeat,
    editionId: event.editionId ?? "",
    repeatCount: count ?? "",
    // UNTIL is the last moment of the last day in UTC; in summer that is still the same day.
    repeatUntil: until ? `${until[1]}-${until[2]}-${until[3]}` : "",
  };
}
