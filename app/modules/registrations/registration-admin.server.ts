/**
 * What managers of an event do with its registrations: the settings, seats and closing of a
 * date, check-in at the door, messages to all registrants; and the one hook the events module
 * calls when an event's time, place or status changes. Callers have passed the registration
 * policy (requireRegistrationManager) first.
 */
import type { Prisma } from "~/generated/prisma/client";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { RegistrationMailer } from "./registration-mails.server";
import { ACTIVE } from "./registration-rules";
import type { RegistrationSettingInput } from "./registration.schema";
import { fillFreedSeats, lockSlot, SLOT_TRANSACTION, type SlotKey } from "./registrations.server";

type Tx = Prisma.TransactionClient;

/**
 * A date's key is the start the event's rule gives it, so changing a whole event's time gives its
 * dates new keys. Seat pools whose date is gone move to the new date of the same day (a single
 * event: to its one date), with their registrations (ON UPDATE CASCADE).
 */
async function followMovedDates(tx: Tx, eventId: string): Promise<void> {
  const [event, occurrences, slots] = await Promise.all([
    tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { rrule: true, timeZone: true } }),
    tx.eventOccurrence.findMany({ where: { eventId }, select: { originalStartsAt: true } }),
    tx.registrationSlot.findMany({ where: { eventId }, select: { originalStartsAt: true } }),
  ]);
  const current = new Set(occurrences.map((o) => o.originalStartsAt.getTime()));
  const taken = new Set(slots.map((s) => s.originalStartsAt.getTime()));
  const day = (instant: Date) => instant.toLocaleDateString("en-CA", { timeZone: event.timeZone });
  for (const slot of slots) {
    if (current.has(slot.originalStartsAt.getTime())) continue;
    const target = event.rrule
      ? occurrences.find((o) => day(o.originalStartsAt) === day(slot.originalStartsAt))
      : occurrences[0];
    if (!target || taken.has(target.originalStartsAt.getTime())) continue;
    await tx.registrationSlot.update({
      where: { eventId_originalStartsAt: { eventId, originalStartsAt: slot.originalStartsAt } },
      data: { originalStartsAt: target.originalStartsAt },
    });
    taken.add(target.originalStartsAt.getTime());
  }
}

/** Saves how an event takes registrations; more seats move every date's waiting list. */
export async function saveRegistrationSetting(
  actorId: string,
  eventId: string,
  input: RegistrationSettingInput,
  now = new Date(),
): Promise<void> {
  await db().$transaction(async (tx) => {
    const data = {
      mode: input.mode,
      externalUrl: input.mode === "EXTERNAL" ? input.externalUrl : null,
      seats: input.seats,
      deadlineHours: input.deadlineHours,
      perPersonLimit: input.perPersonLimit,
      autoConfirm: input.autoConfirm,
      offerHours: input.offerHours,
    };
    await tx.registrationSetting.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
    const slots = await tx.registrationSlot.findMany({ where: { eventId }, select: { originalStartsAt: true } });
    for (const { originalStartsAt } of slots) {
      const key = { eventId, originalStartsAt };
      const slot = await lockSlot(tx, key);
      if (slot) await fillFreedSeats(tx, key, slot, now);
    }
    await recordStaffAction(tx, {
      actorId,
      action: "registration.settings",
      targetType: "event",
      targetId: eventId,
      details: { mode: input.mode, seats: input.seats },
    });
  }, SLOT_TRANSACTION);
}

/** Seats of one date (null: the event's number); freed seats go to its waiting list at once. */
export async function setSlotSeats(actorId: string, key: SlotKey, seats: number | null, now = new Date()) {
  return db().$transaction(async (tx) => {
    if (!(await lockSlot(tx, key))) return false;
    await tx.registrationSlot.update({ where: { eventId_originalStartsAt: key }, data: { seats } });
    const slot = await lockSlot(tx, key);
    if (slot) await fillFreedSeats(tx, key, slot, now);
    await recordStaffAction(tx, {
      actorId,
      action: "registration.seats",
      targetType: "event",
      targetId: key.eventId,
      details: { date: key.originalStartsAt.toISOString(), seats },
    });
    return true;
  }, SLOT_TRANSACTION);
}

/** Closes or reopens registration for one date; who is registered stays registered. */
export async function setSlotClosed(actorId: string, key: SlotKey, closed: boolean, now = new Date()) {
  return db().$transaction(async (tx) => {
    if (!(await lockSlot(tx, key))) return false;
    await tx.registrationSlot.update({
      where: { eventId_originalStartsAt: key },
      data: { closedAt: closed ? now : null },
    });
    await recordStaffAction(tx, {
      actorId,
      action: closed ? "registration.close" : "registration.open",
      targetType: "event",
      targetId: key.eventId,
      details: { date: key.originalStartsAt.toISOString() },
    });
    return true;
  }, SLOT_TRANSACTION);
}

export type CheckIn =
  | { ok: true; checkedInAt: Date }
  | { ok: false; reason: "already"; checkedInAt: Date; by: string | null }
  | { ok: false; reason: "not-confirmed" };

/**
 * Checks a confirmed registration in, once: the first tap wins (a single conditional UPDATE), and
 * any later scan learns when and by whom.
 */
export async function checkIn(registrationId: string, actorId: string, now = new Date()): Promise<CheckIn | null> {
  const { count } = await db().registration.updateMany({
    where: { id: registrationId, status: "CONFIRMED", checkedInAt: null },
    data: { checkedInAt: now, checkedInById: actorId },
  });
  if (count === 1) return { ok: true, checkedInAt: now };
  const registration = await db().registration.findUnique({
    where: { id: registrationId },
    include: { checkedInBy: { select: { displayName: true } } },
  });
  if (!registration) return null;
  if (registration.checkedInAt)
    return {
      ok: false,
      reason: "already",
      checkedInAt: registration.checkedInAt,
      by: registration.checkedInBy?.displayName ?? null,
    };
  return { ok: false, reason: "not-confirmed" };
}

/** Queues the organiser's message to everyone registered for a date (waiting list included). */
export async function messageRegistrants(actorId: string, key: SlotKey, message: string): Promise<number> {
  return db().$transaction(async (tx) => {
    const registrations = await tx.registration.findMany({
      where: { ...key, status: { in: [...ACTIVE] }, topUpOfId: null },
    });
    const mailer = new RegistrationMailer(tx);
    for (const registration of registrations) await mailer.send(registration, "message", { message });
    await recordStaffAction(tx, {
      actorId,
      action: "registration.message",
      targetType: "event",
      targetId: key.eventId,
      details: { date: key.originalStartsAt.toISOString(), recipients: registrations.length },
    });
    return registrations.length;
  });
}

/**
 * The events module's one hook, called in its transaction after an event's time, place or status
 * changed (or one date of a series, `original`, moved or was cancelled): registrations follow
 * their date, and every registrant is told, with the updated .ics (the event's raised SEQUENCE)
 * for those who have seats.
 */
export async function followEventChange(
  tx: Tx,
  eventId: string,
  change: { original?: Date; cancelled: boolean },
): Promise<void> {
  await followMovedDates(tx, eventId);
  const registrations = await tx.registration.findMany({
    where: {
      eventId,
      ...(change.original ? { originalStartsAt: change.original } : {}),
      status: { in: [...ACTIVE] },
      topUpOfId: null,
    },
  });
  const mailer = new RegistrationMailer(tx);
  const now = new Date();
  for (const registration of registrations) {
    const occurrence = await tx.eventOccurrence.findUnique({
      where: { eventId_originalStartsAt: { eventId, originalStartsAt: registration.originalStartsAt } },
    });
    // Dates long past are not news to anyone.
    if (occurrence && occurrence.endsAt < now) continue;
    await mailer.send(registration, change.cancelled ? "event-cancelled" : "changed", {
      withCalendar: registration.status !== "WAITING",
    });
  }
}
