/**
 * Registrations for one date of an event (ADR 0021). Every change to a date's registrations runs
 * in one transaction that first locks the date's seat pool (`registration_slot` … FOR UPDATE):
 * changes to one date happen one after the other, so the seats counted after the lock are the
 * seats there are, and no two registrations ever get the same seat. Every change that frees seats
 * ends by giving them to the waiting list (fillFreedSeats) in the same transaction.
 */
import type { Prisma, Registration } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { RegistrationMailer } from "./registration-mails.server";
import { HOLD_MINUTES, offerHoldHours, registrationOpen, SEATED, whoGetsSeats } from "./registration-rules";

type Tx = Prisma.TransactionClient;

/** Many registrations may wait for one date's lock at the same moment (the doors of a sign-up). */
export const SLOT_TRANSACTION = { maxWait: 15_000, timeout: 20_000 } as const;

export interface SlotKey {
  eventId: string;
  originalStartsAt: Date;
}

export interface SlotState {
  seats: number;
  taken: number;
  free: number;
  closed: boolean;
  startsAt: Date;
  cancelled: boolean;
  setting: {
    mode: "NONE" | "EXTERNAL" | "HERE";
    deadlineHours: number | null;
    perPersonLimit: number;
    autoConfirm: boolean;
    offerHours: number;
  };
}

/**
 * Locks one date's seat pool (made on first use) and counts its seats. Everything that changes
 * the date's registrations calls this first in its transaction; null when the date does not exist.
 */
export async function lockSlot(tx: Tx, key: SlotKey): Promise<SlotState | null> {
  const occurrence = await tx.eventOccurrence.findUnique({
    where: { eventId_originalStartsAt: { eventId: key.eventId, originalStartsAt: key.originalStartsAt } },
  });
  const setting = await tx.registrationSetting.findUnique({ where: { eventId: key.eventId } });
  if (!occurrence || !setting) return null;
  await tx.$executeRaw`
    INSERT INTO registration_slot (event_id, original_starts_at)
    VALUES (${key.eventId}::uuid, ${key.originalStartsAt})
    ON CONFLICT DO NOTHING`;
  const [slot] = await tx.$queryRaw<{ seats: number | null; closed_at: Date | null }[]>`
    SELECT seats, closed_at FROM registration_slot
    WHERE event_id = ${key.eventId}::uuid AND original_starts_at = ${key.originalStartsAt}
    FOR UPDATE`;
  // Read after the lock: every writer of this date has committed or is waiting behind us.
  const [count] = await tx.$queryRaw<{ taken: number }[]>`
    SELECT COALESCE(SUM(head_count), 0)::int AS taken FROM registration
    WHERE event_id = ${key.eventId}::uuid AND original_starts_at = ${key.originalStartsAt}
      AND status IN ('HELD', 'OFFERED', 'CONFIRMED')`;
  const seats = slot?.seats ?? setting.seats;
  const taken = count?.taken ?? 0;
  return {
    seats,
    taken,
    free: Math.max(0, seats - taken),
    closed: slot?.closed_at != null,
    startsAt: occurrence.startsAt,
    cancelled: occurrence.cancelled,
    setting,
  };
}

export type RegisterRefusal =
  "not-open" | "closed" | "deadline" | "too-many-places" | "already-registered" | "event-cancelled";

export interface PersonInput {
  kind: "PERSON";
  places: number;
}

export interface ClassInput {
  kind: "CLASS";
  className: string;
  pupils: number;
  adults: number;
  languageLevel: string | null;
  accessibility: string | null;
}

export interface Registrant {
  /** An account (its address is confirmed) or null for a guest, whose address must be confirmed. */
  userId: string | null;
  name: string;
  email: string;
  language: string;
}

export type RegisterResult =
  | { ok: true; id: string; status: "HELD" | "CONFIRMED" | "WAITING" }
  | { ok: false; refusal: RegisterRefusal; id?: string };

/**
 * Registers a person (with `places` seats) or a class for one date: confirmed when the seats are
 * free (a guest's seats are held until the address is confirmed), else on the waiting list. Who
 * may register this way (age, coordinator) is the caller's check (registrantRefusal).
 */
export async function register(
  key: SlotKey,
  who: Registrant,
  input: PersonInput | ClassInput,
  now = new Date(),
): Promise<RegisterResult> {
  return db().$transaction(async (tx) => {
    const slot = await lockSlot(tx, key);
    if (!slot || slot.setting.mode !== "HERE") return { ok: false as const, refusal: "not-open" as const };
    if (slot.cancelled) return { ok: false as const, refusal: "event-cancelled" as const };
    if (slot.closed) return { ok: false as const, refusal: "closed" as const };
    if (!registrationOpen(slot.startsAt, slot.setting.deadlineHours, now))
      return { ok: false as const, refusal: "deadline" as const };
    if (input.kind === "PERSON" && input.places > slot.setting.perPersonLimit)
      return { ok: false as const, refusal: "too-many-places" as const };
    const email = who.email.trim().toLowerCase();
    // One registration per person and date (a coordinator may register several classes).
    if (input.kind === "PERSON") {
      const existing = await tx.registration.findFirst({
        where: {
          ...key,
          kind: "PERSON",
          status: { in: ["HELD", "OFFERED", "CONFIRMED", "WAITING"] },
          OR: [{ email }, ...(who.userId ? [{ userId: who.userId }] : [])],
        },
      });
      if (existing) return { ok: false as const, refusal: "already-registered" as const, id: existing.id };
    }
    const headCount = input.kind === "PERSON" ? input.places : input.pupils + input.adults;
    const guest = who.userId === null;
    const fits = headCount <= slot.free;
    const status = fits ? (guest ? "HELD" : "CONFIRMED") : "WAITING";
    const created = await tx.registration.create({
      data: {
        ...key,
        kind: input.kind,
        status,
        userId: who.userId,
        name: who.name.trim(),
        email,
        language: who.language,
        headCount,
        queuedAt: now,
        emailConfirmedAt: guest ? null : now,
        holdExpiresAt: guest ? new Date(now.getTime() + HOLD_MINUTES * 60_000) : null,
        confirmedAt: status === "CONFIRMED" ? now : null,
        ...(input.kind === "CLASS"
          ? {
              className: input.className,
              pupils: input.pupils,
              adults: input.adults,
              languageLevel: input.languageLevel,
              accessibility: input.accessibility,
            }
          : {}),
      },
    });
    const mailer = new RegistrationMailer(tx);
    if (guest) await mailer.send(created, "confirm-address", { until: created.holdExpiresAt ?? undefined });
    else await mailer.send(created, status === "CONFIRMED" ? "confirmed" : "waiting", { withCalendar: true });
    return { ok: true as const, id: created.id, status };
  }, SLOT_TRANSACTION);
}

/**
 * Gives a date's free seats to its waiting list, first who fits first (whoGetsSeats): an offer
 * held for a while, or confirmed at once when the event says so. Call it after the lock, at the
 * end of every change that can free seats. Guests count only once their address is confirmed.
 */
export async function fillFreedSeats(tx: Tx, key: SlotKey, slot: SlotState, now: Date): Promise<void> {
  if (slot.free <= 0 || slot.cancelled || slot.startsAt <= now) return;
  const waiting = await tx.registration.findMany({
    where: { ...key, status: "WAITING", emailConfirmedAt: { not: null } },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
  });
  const chosen = new Set(whoGetsSeats(waiting, slot.free));
  const mailer = new RegistrationMailer(tx);
  const holdUntil = new Date(now.getTime() + offerHoldHours(slot.setting.offerHours, slot.startsAt, now) * 3600_000);
  for (const entry of waiting.filter((w) => chosen.has(w.id))) {
    if (slot.setting.autoConfirm) {
      const confirmed = await confirmSeats(tx, entry, now);
      await mailer.send(confirmed, "confirmed", { withCalendar: true });
    } else {
      const offered = await tx.registration.update({
        where: { id: entry.id },
        data: { status: "OFFERED", holdExpiresAt: holdUntil },
      });
      await mailer.send(offered, "offer", { until: holdUntil });
    }
  }
}

/**
 * Confirms a registration that has its seats. A class's extra pupils (a top-up) are added to the
 * class's own registration, which is the one mailed and the one the ticket shows.
 */
async function confirmSeats(tx: Tx, registration: Registration, now: Date): Promise<Registration> {
  if (!registration.topUpOfId) {
    return tx.registration.update({
      where: { id: registration.id },
      data: { status: "CONFIRMED", confirmedAt: now, holdExpiresAt: null },
    });
  }
  await tx.registration.update({ where: { id: registration.id }, data: { status: "MERGED", holdExpiresAt: null } });
  return tx.registration.update({
    where: { id: registration.topUpOfId },
    data: {
      pupils: { increment: registration.pupils },
      adults: { increment: registration.adults },
      headCount: { increment: registration.headCount },
    },
  });
}

type Change<Outcome extends string> = { ok: true; outcome: Outcome } | { ok: false; refusal: string };

/** Runs `change` on one registration with its date locked, then gives freed seats away. */
async function withRegistration<Outcome extends string>(
  id: string,
  change: (tx: Tx, registration: Registration, slot: SlotState) => Promise<Change<Outcome>>,
  now: Date,
): Promise<Change<Outcome> | null> {
  return db().$transaction(async (tx) => {
    const first = await tx.registration.findUnique({ where: { id } });
    if (!first) return null;
    const key = { eventId: first.eventId, originalStartsAt: first.originalStartsAt };
    const slot = await lockSlot(tx, key);
    // Read again under the lock: another change may have come first.
    const registration = await tx.registration.findUniqueOrThrow({ where: { id } });
    if (!slot) return { ok: false as const, refusal: "not-open" };
    const result = await change(tx, registration, slot);
    if (result.ok) {
      const after = await lockSlot(tx, key);
      if (after) await fillFreedSeats(tx, key, after, now);
    }
    return result;
  }, SLOT_TRANSACTION);
}

/** A guest confirms their address: held seats become theirs; on the waiting list they now count. */
export function confirmAddress(id: string, now = new Date()) {
  return withRegistration<"confirmed" | "waiting" | "already">(
    id,
    async (tx, registration) => {
      if (registration.emailConfirmedAt) return { ok: true, outcome: "already" };
      if (registration.status === "HELD") {
        if (!registration.holdExpiresAt || registration.holdExpiresAt <= now) {
          await expire(tx, registration);
          return { ok: false, refusal: "expired" };
        }
        const confirmed = await tx.registration.update({
          where: { id },
          data: { status: "CONFIRMED", emailConfirmedAt: now, confirmedAt: now, holdExpiresAt: null },
        });
        await new RegistrationMailer(tx).send(confirmed, "confirmed", { withCalendar: true });
        return { ok: true, outcome: "confirmed" };
      }
      if (registration.status === "WAITING") {
        await tx.registration.update({ where: { id }, data: { emailConfirmedAt: now } });
        return { ok: true, outcome: "waiting" };
      }
      return { ok: false, refusal: "expired" };
    },
    now,
  );
}

/** Someone from the waiting list takes the seats offered to them, while the offer holds. */
export function acceptOffer(id: string, now = new Date()) {
  return withRegistration<"confirmed">(
    id,
    async (tx, registration) => {
      if (registration.status !== "OFFERED") return { ok: false, refusal: "no-offer" };
      if (!registration.holdExpiresAt || registration.holdExpiresAt <= now) {
        await expire(tx, registration);
        return { ok: false, refusal: "expired" };
      }
      const confirmed = await confirmSeats(tx, registration, now);
      await new RegistrationMailer(tx).send(confirmed, "confirmed", { withCalendar: true });
      return { ok: true, outcome: "confirmed" };
    },
    now,
  );
}

/** Cancels a registration (the registrant, or staff); its seats go to the waiting list at once. */
export function cancelRegistration(id: string, now = new Date()) {
  return withRegistration<"cancelled">(
    id,
    async (tx, registration) => {
      if (!["HELD", "OFFERED", "CONFIRMED", "WAITING"].includes(registration.status))
        return { ok: false, refusal: "not-active" };
      if (registration.checkedInAt) return { ok: false, refusal: "checked-in" };
      const cancelled = await tx.registration.update({
        where: { id },
        data: { status: "CANCELLED", cancelledAt: now, holdExpiresAt: null },
      });
      // A class's extra pupils still waiting go with it.
      await tx.registration.updateMany({
        where: { topUpOfId: id, status: { in: ["WAITING", "OFFERED"] } },
        data: { status: "CANCELLED", cancelledAt: now, holdExpiresAt: null },
      });
      await new RegistrationMailer(tx).send(cancelled, "cancelled");
      return { ok: true, outcome: "cancelled" };
    },
    now,
  );
}

async function expire(tx: Tx, registration: Registration): Promise<void> {
  await tx.registration.update({
    where: { id: registration.id },
    data: { status: "EXPIRED", holdExpiresAt: null },
  });
  await new RegistrationMailer(tx).send(registration, "expired");
}

/**
 * A coordinator changes the head count of a class until the deadline. Fewer frees seats at once;
 * more takes free seats only, and what does not fit goes to the waiting list (`overflow: "wait"`)
 * or is refused. A class on the waiting list just changes its size and keeps its place.
 */
export function changeClassSize(
  id: string,
  size: { pupils: number; adults: number; overflow: "wait" | "refuse" },
  now = new Date(),
) {
  return withRegistration<"smaller" | "larger" | "same" | "waiting" | "topped-up">(
    id,
    async (tx, registration, slot) => {
      if (registration.kind !== "CLASS" || registration.topUpOfId) return { ok: false, refusal: "not-a-class" };
      if (!registrationOpen(slot.startsAt, slot.setting.deadlineHours, now)) return { ok: false, refusal: "deadline" };
      const headCount = size.pupils + size.adults;
      const difference = headCount - registration.headCount;
      if (registration.status === "WAITING") {
        await tx.registration.update({ where: { id }, data: { pupils: size.pupils, adults: size.adults, headCount } });
        return { ok: true, outcome: "waiting" };
      }
      if (registration.status !== "CONFIRMED") return { ok: false, refusal: "not-active" };
      if (difference === 0) return { ok: true, outcome: "same" };
      if (difference < 0 || difference <= slot.free) {
        await tx.registration.update({ where: { id }, data: { pupils: size.pupils, adults: size.adults, headCount } });
        return { ok: true, outcome: difference < 0 ? "smaller" : "larger" };
      }
      if (size.overflow === "refuse") return { ok: false, refusal: "no-seats" };
      // The extra pupils (and adults) wait as their own entry, behind everyone already waiting.
      const pupils = Math.max(0, size.pupils - registration.pupils);
      await tx.registration.create({
        data: {
          eventId: registration.eventId,
          originalStartsAt: registration.originalStartsAt,
          kind: "CLASS",
          status: "WAITING",
          userId: registration.userId,
          name: registration.name,
          email: registration.email,
          language: registration.language,
          className: registration.className,
          pupils,
          adults: difference - pupils,
          headCount: difference,
          topUpOfId: registration.id,
          emailConfirmedAt: now,
          queuedAt: now,
        },
      });
      return { ok: true, outcome: "topped-up" };
    },
    now,
  );
}

/**
 * Seats a guest held without confirming (30 minutes) and offers nobody took in time go back, and
 * the waiting list moves. Guests who joined the waiting list without confirming drop off too.
 * Run by the registrations clock every minute.
 */
export async function expireHolds(now = new Date()): Promise<number> {
  const due = await db().registration.findMany({
    where: {
      OR: [
        { status: { in: ["HELD", "OFFERED"] }, holdExpiresAt: { lte: now } },
        {
          status: "WAITING",
          emailConfirmedAt: null,
          createdAt: { lte: new Date(now.getTime() - HOLD_MINUTES * 60_000) },
        },
      ],
    },
    select: { id: true },
    take: 500,
  });
  let expired = 0;
  for (const { id } of due) {
    const result = await withRegistration<"expired">(
      id,
      async (tx, registration) => {
        const heldTooLong =
          (registration.status === "HELD" || registration.status === "OFFERED") &&
          registration.holdExpiresAt !== null &&
          registration.holdExpiresAt <= now;
        const unconfirmedWaiting =
          registration.status === "WAITING" &&
          registration.emailConfirmedAt === null &&
          registration.createdAt.getTime() <= now.getTime() - HOLD_MINUTES * 60_000;
        if (!heldTooLong && !unconfirmedWaiting) return { ok: false, refusal: "not-due" };
        await expire(tx, registration);
        return { ok: true, outcome: "expired" };
      },
      now,
    );
    if (result?.ok) expired++;
  }
  return expired;
}

/** Seats of the date after the lock; for pages that show the numbers. */
export async function slotCounts(key: SlotKey) {
  const [setting, slot, groups] = await Promise.all([
    db().registrationSetting.findUnique({ where: { eventId: key.eventId } }),
    db().registrationSlot.findUnique({ where: { eventId_originalStartsAt: key } }),
    db().registration.groupBy({
      by: ["status"],
      where: key,
      _sum: { headCount: true },
      _count: { _all: true },
    }),
  ]);
  const sum = (statuses: readonly string[]) =>
    groups.filter((g) => statuses.includes(g.status)).reduce((total, g) => total + (g._sum.headCount ?? 0), 0);
  const seats = slot?.seats ?? setting?.seats ?? 0;
  const taken = sum(SEATED);
  return {
    seats,
    taken,
    free: Math.max(0, seats - taken),
    confirmed: sum(["CONFIRMED"]),
    waiting: sum(["WAITING"]),
    waitingEntries: groups.find((g) => g.status === "WAITING")?._count._all ?? 0,
    closed: slot?.closedAt != null,
  };
}
