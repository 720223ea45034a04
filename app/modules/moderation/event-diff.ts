/**
 * What an organiser changed compared with the version staff last published, field by field, on
 * the event form's own values (the same text the form shows, so staff read what the organiser
 * typed). Pure.
 */
import type { FormValues } from "~/utils/forms";

/** The reviewable fields in the order of the form. */
export const EVENT_REVIEW_FIELDS = [
  "titleDe",
  "titleFr",
  "titleEn",
  "descriptionDe",
  "descriptionFr",
  "descriptionEn",
  "imageAltDe",
  "imageAltFr",
  "categoryId",
  "spokenLanguage",
  "audience",
  "isFree",
  "priceText",
  "attendance",
  "placeId",
  "venueName",
  "address",
  "latitude",
  "longitude",
  "onlineUrl",
  "timeZone",
  "allDay",
  "start",
  "end",
  "repeat",
  "repeatUntil",
  "repeatCount",
] as const;

export type EventReviewField = (typeof EVENT_REVIEW_FIELDS)[number];

export type EventDiff =
  | { kind: "firstPublication" }
  | { kind: "changes"; changes: { field: EventReviewField; before: string; after: string }[] };

function valueOf(values: FormValues, field: string): string {
  const value = values[field];
  const text = Array.isArray(value) ? value.join(", ") : (value ?? "");
  // A checkbox that is not ticked sends nothing; stored values say "" for it.
  return text === "off" ? "" : text.trim();
}

export function eventDiff(published: FormValues | null, submitted: FormValues): EventDiff {
  if (published === null) return { kind: "firstPublication" };
  const changes = EVENT_REVIEW_FIELDS.flatMap((field) => {
    const before = valueOf(published, field);
    const after = valueOf(submitted, field);
    return before === after ? [] : [{ field, before, after }];
  });
  return { kind: "changes", changes };
}
