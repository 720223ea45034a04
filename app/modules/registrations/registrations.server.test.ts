import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { person } from "../../../test/support/company-fixtures";
import { publishedEvent } from "../../../test/support/event-test-data";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { collectMyData } from "~/modules/accounts/my-data.server";
import { eraseAccount } from "~/modules/accounts/account-deletion.server";
import { eraseOldRegistrations } from "./registration-clock.server";
import {
  acceptOffer,
  cancelRegistration,
  changeClassSize,
  confirmAddress,
  expireHolds,
  register,
  type ClassInput,
} from "./registrations.server";

/**
 * Registrations against this file's own PostgreSQL: the lock on a date's seat pool under real
 * concurrency, holds that run out, the waiting list's order and the erasure 90 days after.
 */
beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe("TRUNCATE event, organiser CASCADE");
});

async function eventWithSeats(seats: number, overrides: Record<string, string> = {}, autoConfirm = false) {
  const staff = await person(`staff-${Math.random()}@antenne.eu`, "STAFF");
  const event = await publishedEvent(staff.id, overrides);
  await db().registrationSetting.create({
    data: { eventId: event.id, mode: "HERE", seats, perPersonLimit: 4, autoConfirm },
  });
  const occurrence = await db().eventOccurrence.findFirstOrThrow({ where: { eventId: event.id } });
  return { event, key: { eventId: event.id, originalStartsAt: occurrence.originalStartsAt }, staff };
}

async function accounts(count: number, role: "STUDENT" | "COORDINATOR" = "STUDENT") {
  const prefix = Math.random().toString(36).slice(2);
  await db().user.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      email: `${prefix}-${i}@example.org`,
      role,
      displayName: `Person ${i}`,
      locale: i % 2 ? "fr" : "de",
      emailVerifiedAt: new Date(),
    })),
  });
  return db().user.findMany({ where: { email: { startsWith: prefix } }, orderBy: { email: "asc" } });
}

const asRegistrant = (user: { id: string; displayName: string; email: string; locale: string }) => ({
  userId: user.id,
  name: user.displayName,
  email: user.email,
  language: user.locale,
});

const schoolClass = (name: string, pupils: number, adults = 0): ClassInput => ({
  kind: "CLASS",
  className: name,
  pupils,
  adults,
  languageLevel: "A2",
  accessibility: null,
});

async function seated(key: { eventId: string; originalStartsAt: Date }) {
  const rows = await db().registration.findMany({
    where: { ...key, status: { in: ["HELD", "OFFERED", "CONFIRMED"] } },
  });
  return rows.reduce((sum, r) => sum + r.headCount, 0);
}

async function statusOf(id: string) {
  return (await db().registration.findUniqueOrThrow({ where: { id } })).status;
}

describe("registering under concurrency", () => {
  it("gives 3 seats to exactly 3 of 50 people registering at once; the 47 others wait", async () => {
    const { key } = await eventWithSeats(3);
    const people = await accounts(50);
    const results = await Promise.allSettled(
      people.map((p) => register(key, asRegistrant(p), { kind: "PERSON", places: 1 })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const answers = results.map((r) => (r.status === "fulfilled" && r.value.ok ? r.value.status : "refused"));
    expect(answers.filter((a) => a === "CONFIRMED")).toHaveLength(3);
    expect(answers.filter((a) => a === "WAITING")).toHaveLength(47);
    expect(await seated(key)).toBe(3);
  });

  it("never seats more than the seats when 50 classes of different sizes register at once", async () => {
    const { key } = await eventWithSeats(40);
    const teachers = await accounts(50, "COORDINATOR");
    const sizes = teachers.map((_, i) => 1 + ((i * 7) % 13));
    const results = await Promise.allSettled(
      teachers.map((t, i) => register(key, asRegistrant(t), schoolClass(`Klasse ${i}`, sizes[i]!, 1))),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const seats = await seated(key);
    expect(seats).toBeLessThanOrEqual(40);
    // No class waits that would have fitted in the seats left at the end.
    const waiting = await db().registration.findMany({ where: { ...key, status: "WAITING" } });
    expect(waiting.length).toBeGreaterThan(0);
    expect(Math.min(...waiting.map((w) => w.headCount))).toBeGreaterThan(40 - seats);
  });
});

describe("holds", () => {
  it("confirms a guest once the address is confirmed, and expires a hold after 30 minutes", async () => {
    const { key } = await eventWithSeats(1);
    const now = new Date();
    const quick = await register(
      key,
      { userId: null, name: "Anna Schmidt", email: "Anna@Example.org", language: "de" },
      { kind: "PERSON", places: 1 },
      now,
    );
    expect(quick).toMatchObject({ ok: true, status: "HELD" });
    const [mail] = await queuedMails();
    expect(mail).toMatchObject({
      template: "registration",
      to: "anna@example.org",
      language: "de",
      data: { notice: "confirm-address" },
    });

    // While the hold lasts, the seat is taken: the next person waits.
    const [waiter] = await accounts(1);
    const second = await register(key, asRegistrant(waiter!), { kind: "PERSON", places: 1 }, now);
    expect(second).toMatchObject({ ok: true, status: "WAITING" });

    expect(await expireHolds(new Date(now.getTime() + 29 * 60_000))).toBe(0);
    expect(await expireHolds(new Date(now.getTime() + 31 * 60_000))).toBe(1);
    if (!quick.ok || !second.ok) throw new Error("registered");
    expect(await statusOf(quick.id)).toBe("EXPIRED");
    // The freed seat is offered to the waiting list at once.
    expect(await statusOf(second.id)).toBe("OFFERED");
    expect((await confirmAddress(quick.id, new Date(now.getTime() + 32 * 60_000)))?.ok).toBe(false);
    const notices = (await queuedMails()).map((m) => (m.data as unknown as { notice: string }).notice);
    expect(notices).toEqual(["confirm-address", "waiting", "expired", "offer"]);
  });

  it("passes an unanswered offer to the next on the waiting list", async () => {
    const { key } = await eventWithSeats(1);
    const [first, second, third] = await accounts(3);
    const a = await register(key, asRegistrant(first!), { kind: "PERSON", places: 1 });
    const b = await register(key, asRegistrant(second!), { kind: "PERSON", places: 1 });
    const c = await register(key, asRegistrant(third!), { kind: "PERSON", places: 1 });
    if (!a.ok || !b.ok || !c.ok) throw new Error("registered");
    await cancelRegistration(a.id);
    expect(await statusOf(b.id)).toBe("OFFERED");
    const offer = await db().registration.findUniqueOrThrow({ where: { id: b.id } });
    await expireHolds(new Date(offer.holdExpiresAt!.getTime() + 1000));
    expect(await statusOf(b.id)).toBe("EXPIRED");
    expect(await statusOf(c.id)).toBe("OFFERED");
    expect((await acceptOffer(c.id))?.ok).toBe(true);
    expect(await statusOf(c.id)).toBe("CONFIRMED");
  });
});

describe("the waiting list with classes of different sizes", () => {
  it("lets a smaller class behind go first while a big class keeps its place", async () => {
    const { key } = await eventWithSeats(20);
    const [ta, td, tb, tc] = await accounts(4, "COORDINATOR");
    const a = await register(key, asRegistrant(ta!), schoolClass("A", 12));
    const d = await register(key, asRegistrant(td!), schoolClass("D", 6));
    const b = await register(key, asRegistrant(tb!), schoolClass("B", 10));
    const c = await register(key, asRegistrant(tc!), schoolClass("C", 4));
    if (!a.ok || !b.ok || !c.ok || !d.ok) throw new Error("registered");
    expect([a.status, d.status, b.status, c.status]).toEqual(["CONFIRMED", "CONFIRMED", "WAITING", "WAITING"]);

    await cancelRegistration(d.id); // 8 free: B (10) does not fit, C (4) behind it does
    expect(await statusOf(b.id)).toBe("WAITING");
    expect(await statusOf(c.id)).toBe("OFFERED");

    // A shrinks from 12 to 4: 8 more free, 12 in all less C's 4 → B's 10 fit now.
    expect(await changeClassSize(a.id, { pupils: 4, adults: 0, overflow: "refuse" })).toMatchObject({
      ok: true,
      outcome: "smaller",
    });
    expect(await statusOf(b.id)).toBe("OFFERED");
    expect(await seated(key)).toBe(18);
  });

  it("grows a class within the free seats only, else puts the difference on the waiting list or refuses", async () => {
    const { key } = await eventWithSeats(20, {}, true);
    const [ta, tb] = await accounts(2, "COORDINATOR");
    const a = await register(key, asRegistrant(ta!), schoolClass("A", 12));
    const b = await register(key, asRegistrant(tb!), schoolClass("B", 6));
    if (!a.ok || !b.ok) throw new Error("registered");
    expect(await changeClassSize(a.id, { pupils: 16, adults: 0, overflow: "refuse" })).toEqual({
      ok: false,
      refusal: "no-seats",
    });
    expect(await changeClassSize(a.id, { pupils: 14, adults: 0, overflow: "refuse" })).toMatchObject({
      ok: true,
      outcome: "larger",
    });
    expect(await changeClassSize(a.id, { pupils: 16, adults: 0, overflow: "wait" })).toMatchObject({
      ok: true,
      outcome: "topped-up",
    });
    expect(await seated(key)).toBe(20);
    // B leaves: with auto-confirm the two waiting pupils join class A at once.
    await cancelRegistration(b.id);
    const grown = await db().registration.findUniqueOrThrow({ where: { id: a.id } });
    expect(grown).toMatchObject({ pupils: 16, headCount: 16, status: "CONFIRMED" });
  });
});

describe("privacy", () => {
  it("erases names and addresses 90 days after the date and keeps the counts", async () => {
    const old = await eventWithSeats(30, { start: "2025-01-22T10:00", end: "2025-01-22T12:00" });
    const recent = await eventWithSeats(30);
    const [teacher, pupil] = await accounts(2, "COORDINATOR");
    // Registered back then (the deadline check would refuse it today).
    await db().registrationSlot.create({ data: old.key });
    await db().registration.createMany({
      data: [
        {
          ...old.key,
          kind: "CLASS",
          status: "CONFIRMED",
          name: "Frau Weber",
          email: teacher!.email,
          language: "de",
          className: "9b",
          pupils: 21,
          adults: 2,
          headCount: 23,
          userId: teacher!.id,
          checkedInAt: new Date(),
        },
        {
          ...old.key,
          kind: "PERSON",
          status: "CONFIRMED",
          name: "Paul",
          email: "paul@example.org",
          language: "fr",
          headCount: 2,
        },
        {
          ...old.key,
          kind: "PERSON",
          status: "CANCELLED",
          name: "Zoé",
          email: "zoe@example.org",
          language: "fr",
          headCount: 1,
        },
      ],
    });
    const kept = await register(recent.key, asRegistrant(pupil!), { kind: "PERSON", places: 1 });

    expect(await eraseOldRegistrations()).toBe(1);

    const erased = await db().registration.findMany({ where: old.key });
    expect(erased.map((r) => [r.name, r.email, r.className, r.userId])).toEqual(Array(3).fill(["—", null, null, null]));
    expect(
      await db().registrationSlot.findUniqueOrThrow({ where: { eventId_originalStartsAt: old.key } }),
    ).toMatchObject({
      peopleCount: 2,
      classesCount: 1,
      pupilsCount: 21,
      checkedInCount: 23,
    });
    if (!kept.ok) throw new Error("registered");
    expect((await db().registration.findUniqueOrThrow({ where: { id: kept.id } })).name).toBe(pupil!.displayName);
    expect(await eraseOldRegistrations()).toBe(0);
  });

  it("puts registrations in the data export and cancels and erases them with the account", async () => {
    const { key } = await eventWithSeats(1);
    const [leaver, waiter] = await accounts(2);
    const mine = await register(key, asRegistrant(leaver!), { kind: "PERSON", places: 1 });
    const next = await register(key, asRegistrant(waiter!), { kind: "PERSON", places: 1 });
    if (!mine.ok || !next.ok) throw new Error("registered");
    const exported = await collectMyData(leaver!.id);
    expect(exported.registrations).toEqual([
      expect.objectContaining({ status: "CONFIRMED", name: leaver!.displayName, headCount: 1 }),
    ]);

    await db().$transaction((tx) => eraseAccount(tx, leaver!));

    expect(await db().registration.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({
      status: "CANCELLED",
      name: "—",
      email: null,
      userId: null,
    });
    expect(await statusOf(next.id)).toBe("OFFERED");
  });
});
