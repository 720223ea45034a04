/**
 * Events and series: create, change (with the picture), publish, change status, move or cancel
 * one date. Every write runs in one transaction that also rewrites the event's expanded
 * occurrences and records the staff action. `sequence` (RFC 5545 SEQUENCE) grows whenever a
 * change of time, place or status would make a subscribed calendar show something else.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { followEventChange } from "~/modules/registrations/registration-admin.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { slugify } from "~/modules/accounts/slug";
import { missingAlts } from "~/modules/images/image-policy";
import { KEEP_IMAGE, type ImageChange } from "~/modules/images/image-upload.server";
import { db } from "~/utils/db.server";
import { instantOf } from "./event-time";
import type { EventInput } from "./event.schema";
import { buildRrule, checkRrule, expandOccurrences } from "./recurrence";

type Tx = Prisma.TransactionClient;

export const UID_DOMAIN = "antenne-metropole.eu";

export type EventChange = { ok: true; id: string; number: number } | { ok: false; errors: Record<string, string> };

/** The stored columns an event form gives: times as wall clock plus their instants, the rule, the venue. */
async function columnsOf(tx: Tx, input: EventInput) {
  const startLocal = input.allDay ? dayOnly(input.start) : input.start;
  const endLocal = input.allDay ? dayOnly(input.end) : input.end;
  const rrule = buildRrule({
    kind: input.repeat,
    startLocal,
    timeZone: input.timeZone,
    until: input.repeatUntil,
    count: input.repeatCount ?? null,
  });
  const place = input.placeId ? await tx.place.findUnique({ where: { id: input.placeId } }) : null;
  const inPerson = input.attendance !== "ONLINE";
  const [first] = expandOccurrences({ startLocal, endLocal, timeZone: input.timeZone, allDay: input.allDay, rrule });
  return {
    titleDe: input.titleDe,
    titleFr: input.titleFr,
    titleEn: input.titleEn,
    descriptionDe: input.descriptionDe,
    descriptionFr: input.descriptionFr,
    descriptionEn: input.descriptionEn,
    imageAltDe: input.imageAltDe,
    imageAltFr: input.imageAltFr,
    slug: slugify(input.titleFr ?? input.titleDe ?? "event"),
    categoryId: input.categoryId,
    organiserId: input.organiserId,
    spokenLanguage: input.spokenLanguage,
    audience: input.audience,
    isFree: input.isFree,
    priceText: input.isFree ? null : input.priceText,
    attendance: input.attendance,
    placeId: inPerson ? (place?.id ?? null) : null,
    venueName: inPerson ? input.venueName : null,
    address: inPerson ? input.address : null,
    // The venue's own coordinates, else its town's: the radius filter and the map read these.
    latitude: inPerson ? (input.latitude ?? place?.latitude ?? null) : null,
    longitude: inPerson ? (input.longitude ?? place?.longitude ?? null) : null,
    onlineUrl: input.attendance === "IN_PERSON" ? null : input.onlineUrl,
    timeZone: input.timeZone,
    allDay: input.allDay,
    startLocal,
    endLocal,
    startsAt: first?.startsAt ?? instantOf(startLocal, input.timeZone),
    endsAt: first?.endsAt ?? instantOf(endLocal, input.timeZone),
    rrule,
    editionId: input.editionId ?? null,
  };
}

function dayOnly(local: Date): Date {
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/**
 * Checks what the schema cannot: the category, organiser and place exist; the rule is within
 * limits; a picture the event will have is described in each language with a title.
 */
async function problemsOf(tx: Tx, input: EventInput, rrule: string | null, startLocal: Date, hasImage = false) {
  const errors: Record<string, string> = missingAlts(input, hasImage, "events:errors.altMissing");
  if (!(await tx.eventCategory.findUnique({ where: { id: input.categoryId } })))
    errors.categoryId = "events:errors.categoryRequired";
  if (!(await tx.organiser.findUnique({ where: { id: input.organiserId } })))
    errors.organiserId = "events:errors.organiserRequired";
  if (input.placeId && !(await tx.place.findUnique({ where: { id: input.placeId } })))
    errors.placeId = "events:errors.venueRequired";
  if (input.editionId && !(await tx.edition.findUnique({ where: { id: input.editionId } })))
    errors.editionId = "editions:errors.editionUnknown";
  const problem = rrule ? checkRrule(rrule, startLocal) : null;
  if (problem) errors.repeatUntil = `events:errors.rrule.${problem}`;
  return errors;
}

/** Rewrites the expanded occurrences of one event from its rule and exceptions. */
export async function refreshOccurrences(tx: Tx, eventId: string): Promise<void> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, include: { exceptions: true } });
  const occurrences = expandOccurrences({ ...event, exceptions: event.exceptions });
  await tx.eventOccurrence.deleteMany({ where: { eventId } });
  await tx.eventOccurrence.createMany({
    data: occurrences.map((o) => ({
      eventId,
      originalStartsAt: o.originalStartsAt,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      cancelled: o.cancelled,
    })),
  });
}

/** Stores, replaces or removes the event's picture; true when it changed. */
async function writeImage(tx: Tx, eventId: string, change: ImageChange): Promise<boolean> {
  switch (change.kind) {
    case "keep":
      return false;
    case "remove":
      return (await tx.eventImage.deleteMany({ where: { eventId } })).count > 0;
    case "replace": {
      const image = { bytes: change.bytes, type: change.type, updatedAt: new Date() };
      await tx.eventImage.upsert({ where: { eventId }, create: { eventId, ...image }, update: image });
      return true;
    }
  }
}

/** A new event (a draft unless `publish`), with its picture when one is given. */
export async function createEvent(
  actorId: string,
  input: EventInput,
  publish = false,
  image: ImageChange = KEEP_IMAGE,
): Promise<EventChange> {
  return db().$transaction((tx) => createEventIn(tx, actorId, input, publish, image));
}

/** createEvent inside a caller's transaction (an organiser's new event and its revision together). */
export async function createEventIn(
  tx: Tx,
  actorId: string,
  input: EventInput,
  publish: boolean,
  image: ImageChange = KEEP_IMAGE,
): Promise<EventChange> {
  const columns = await columnsOf(tx, input);
  const errors = await problemsOf(tx, input, columns.rrule, columns.startLocal, image.kind === "replace");
  if (Object.keys(errors).length > 0) return { ok: false as const, errors };
  const id = randomUUID();
  const event = await tx.event.create({
    data: { id, uid: `event-${id}@${UID_DOMAIN}`, ...columns, publishedAt: publish ? new Date() : null },
  });
  await writeImage(tx, event.id, image);
  await refreshOccurrences(tx, event.id);
  await recordStaffAction(tx, { actorId, action: "event.create", targetType: "event", targetId: event.id });
  return { ok: true as const, id: event.id, number: event.number };
}

/** What changes the calendar entry a subscriber sees: time, place, the series' dates. */
const SEQUENCED = [
  "timeZone",
  "allDay",
  "startLocal",
  "endLocal",
  "rrule",
  "placeId",
  "venueName",
  "address",
  "latitude",
  "longitude",
  "onlineUrl",
  "attendance",
] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/**
 * Changes a whole event or series, and its picture as asked. Exceptions of dates the new rule no
 * longer gives are dropped.
 */
export async function updateEvent(
  actorId: string,
  id: string,
  input: EventInput,
  image: ImageChange = KEEP_IMAGE,
): Promise<EventChange | null> {
  return db().$transaction((tx) => updateEventIn(tx, actorId, id, input, image));
}

/** updateEvent inside a caller's transaction (staff publishing an organiser's revision). */
export async function updateEventIn(
  tx: Tx,
  actorId: string,
  id: string,
  input: EventInput,
  image: ImageChange = KEEP_IMAGE,
): Promise<EventChange | null> {
  const before = await tx.event.findUnique({ where: { id }, include: { image: { select: { updatedAt: true } } } });
  if (!before) return null;
  const columns = await columnsOf(tx, input);
  const hasImage = image.kind === "replace" || (image.kind === "keep" && before.image !== null);
  const errors = await problemsOf(tx, input, columns.rrule, columns.startLocal, hasImage);
  if (Object.keys(errors).length > 0) return { ok: false as const, errors };
  const changed = SEQUENCED.filter((key) => !sameValue(before[key], columns[key]));
  const event = await tx.event.update({
    where: { id },
    data: { ...columns, slug: before.slug, ...(changed.length > 0 ? { sequence: { increment: 1 } } : {}) },
  });
  if (changed.includes("rrule") || changed.includes("startLocal") || changed.includes("timeZone")) {
    const starts = new Set(
      expandOccurrences({ ...event, rrule: event.rrule }).map((o) => o.originalStartLocal.getTime()),
    );
    const stale = (await tx.eventException.findMany({ where: { eventId: id } })).filter(
      (e) => !starts.has(e.originalStartLocal.getTime()),
    );
    await tx.eventException.deleteMany({ where: { id: { in: stale.map((e) => e.id) } } });
  }
  const imageChanged = await writeImage(tx, id, image);
  await refreshOccurrences(tx, id);
  // Registrants hear of a new time or place (issue 18).
  if (changed.length > 0) await followEventChange(tx, id, { cancelled: false });
  await recordStaffAction(tx, {
    actorId,
    action: "event.update",
    targetType: "event",
    targetId: id,
    details: { changed: [...changed, ...(imageChanged ? ["image"] : [])] },
  });
  return { ok: true as const, id, number: event.number };
}

/**
 * What the schema cannot check (category, organiser, place exist; the rule's limits; the
 * descriptions of a picture the event will have), without writing.
 */
export async function eventProblems(input: EventInput, hasImage = false): Promise<Record<string, string>> {
  return db().$transaction(async (tx) => {
    const columns = await columnsOf(tx, input);
    return problemsOf(tx, input, columns.rrule, columns.startLocal, hasImage);
  });
}

export async function publishEvent(actorId: string, id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id } });
    if (!event) return false;
    if (!event.publishedAt) await tx.event.update({ where: { id }, data: { publishedAt: new Date() } });
    await recordStaffAction(tx, { actorId, action: "event.publish", targetType: "event", targetId: id });
    return true;
  });
}

/** Cancelled, postponed, moved online or back to scheduled: the URL stays, the page and feeds say so. */
export async function setEventStatus(
  actorId: string,
  id: string,
  status: "SCHEDULED" | "CANCELLED" | "POSTPONED" | "MOVED_ONLINE",
): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id } });
    if (!event) return false;
    if (event.status !== status) {
      await tx.event.update({
        where: { id },
        data: { status, statusChangedAt: new Date(), sequence: { increment: 1 } },
      });
      await followEventChange(tx, id, { cancelled: status === "CANCELLED" });
      await recordStaffAction(tx, {
        actorId,
        action: "event.status",
        targetType: "event",
        targetId: id,
        details: { from: event.status, to: status },
      });
    }
    return true;
  });
}

export type OccurrenceChange =
  | { original: Date; cancelled: true; start: null; end: null }
  | { original: Date; cancelled: false; start: Date; end: Date };

/**
 * Moves or cancels one date of a series (its RECURRENCE-ID is `original`, the start the rule gives
 * it). Restoring is moving it back to its own times. False when the series has no such date.
 */
export async function changeOccurrence(actorId: string, eventId: string, change: OccurrenceChange): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId } });
    if (!event?.rrule) return false;
    const known = expandOccurrences({ ...event, exceptions: [] }).find(
      (o) => o.originalStartLocal.getTime() === change.original.getTime(),
    );
    if (!known) return false;
    const restored =
      !change.cancelled &&
      change.start.getTime() === known.startLocal.getTime() &&
      change.end.getTime() === known.endLocal.getTime();
    if (restored) {
      await tx.eventException.deleteMany({ where: { eventId, originalStartLocal: change.original } });
    } else {
      const data = { cancelled: change.cancelled, startLocal: change.start, endLocal: change.end };
      await tx.eventException.upsert({
        where: { eventId_originalStartLocal: { eventId, originalStartLocal: change.original } },
        create: { eventId, originalStartLocal: change.original, ...data },
        update: { ...data, sequence: { increment: 1 } },
      });
    }
    // The series' own SEQUENCE grows too: its EXDATE list or an override changed.
    await tx.event.update({ where: { id: eventId }, data: { sequence: { increment: 1 } } });
    await refreshOccurrences(tx, eventId);
    await followEventChange(tx, eventId, { original: known.originalStartsAt, cancelled: change.cancelled });
    await recordStaffAction(tx, {
      actorId,
      action: change.cancelled ? "event.occurrence.cancel" : "event.occurrence.move",
      targetType: "event",
      targetId: eventId,
      details: { original: change.original.toISOString() },
    });
    return true;
  });
}
