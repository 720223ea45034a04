import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { staffMember } from "../../../test/support/moderation-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { eventForm, parsedEvent, publishedEvent } from "../../../test/support/event-test-data";
import { parseLocal } from "./event-time";
import { changeOccurrence, setEventStatus, updateEvent } from "./events.server";
import { movedSeason } from "../../../test/support/moved-days";

beforeEach(async () => {
  await db().event.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

const local = (text: string) => parseLocal(text) as Date;

const occurrences = (eventId: string) =>
  db().eventOccurrence.findMany({ where: { eventId }, orderBy: { startsAt: "asc" } });

describe("saving events", () => {
  it("stores the wall-clock time, its instant, a stable UID and one occurrence", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    expect(event.uid).toBe(`event-${event.id}@antenne-metropole.eu`);
    expect(event.startsAt.toISOString()).toBe(movedSeason("2027-03-18T18:00:00.000Z"));
    expect(event.latitude).toBe(52.37);
    expect(event.sequence).toBe(0);
    expect((await occurrences(event.id)).map((o) => o.startsAt.toISOString())).toEqual([
      movedSeason("2027-03-18T18:00:00.000Z"),
    ]);
  });

  it("raises SEQUENCE when the time or the place changes, not for a new description", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    const form = await eventForm();
    await updateEvent(staff.id, event.id, parsedEvent({ ...form, descriptionDe: "Neuer Text." }));
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).sequence).toBe(0);
    await updateEvent(
      staff.id,
      event.id,
      parsedEvent({ ...form, start: movedSeason("2027-03-18T20:00"), end: movedSeason("2027-03-18T22:00") }),
    );
    const moved = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect(moved.sequence).toBe(1);
    expect(moved.uid).toBe(event.uid);
    expect((await occurrences(event.id))[0]?.startsAt.toISOString()).toBe(movedSeason("2027-03-18T19:00:00.000Z"));
    await updateEvent(
      staff.id,
      event.id,
      parsedEvent({
        ...form,
        start: movedSeason("2027-03-18T20:00"),
        end: movedSeason("2027-03-18T22:00"),
        address: "Anderswo 1",
      }),
    );
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).sequence).toBe(2);
    await setEventStatus(staff.id, event.id, "CANCELLED");
    const cancelled = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect([cancelled.status, cancelled.sequence]).toEqual(["CANCELLED", 3]);
    expect(await db().auditLogEntry.count({ where: { targetId: event.id } })).toBe(5);
  });

  it("refuses an unknown organiser and writes nothing", async () => {
    const staff = await staffMember();
    const form = await eventForm({ organiserId: "00000000-0000-4000-8000-000000000000" });
    const { createEvent } = await import("./events.server");
    const result = await createEvent(staff.id, parsedEvent(form), true);
    expect(result).toEqual({ ok: false, errors: { organiserId: "events:errors.organiserRequired" } });
    expect(await db().event.count()).toBe(0);
  });
});

describe("series", () => {
  it("expands a weekly series across summer time and moves and cancels single dates", async () => {
    const staff = await staffMember();
    const series = await publishedEvent(staff.id, { repeat: "weekly", repeatUntil: movedSeason("2027-04-08") });
    expect(series.rrule).toBe(movedSeason("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270408T215959Z"));
    expect((await occurrences(series.id)).map((o) => o.startsAt.toISOString())).toEqual([
      movedSeason("2027-03-18T18:00:00.000Z"),
      movedSeason("2027-03-25T18:00:00.000Z"),
      movedSeason("2027-04-01T17:00:00.000Z"),
      movedSeason("2027-04-08T17:00:00.000Z"),
    ]);
    expect(
      await changeOccurrence(staff.id, series.id, {
        original: local(movedSeason("2027-04-01T19:00")),
        cancelled: false,
        start: local(movedSeason("2027-04-02T18:00")),
        end: local(movedSeason("2027-04-02T20:00")),
      }),
    ).toBe(true);
    await changeOccurrence(staff.id, series.id, {
      original: local(movedSeason("2027-03-25T19:00")),
      cancelled: true,
      start: null,
      end: null,
    });
    const rows = await occurrences(series.id);
    expect(rows.map((o) => [o.startsAt.toISOString(), o.originalStartsAt.toISOString(), o.cancelled])).toEqual([
      [movedSeason("2027-03-18T18:00:00.000Z"), movedSeason("2027-03-18T18:00:00.000Z"), false],
      [movedSeason("2027-03-25T18:00:00.000Z"), movedSeason("2027-03-25T18:00:00.000Z"), true],
      [movedSeason("2027-04-02T16:00:00.000Z"), movedSeason("2027-04-01T17:00:00.000Z"), false],
      [movedSeason("2027-04-08T17:00:00.000Z"), movedSeason("2027-04-08T17:00:00.000Z"), false],
    ]);
    expect((await db().event.findUniqueOrThrow({ where: { id: series.id } })).sequence).toBe(2);
    // A date the rule does not give cannot be changed.
    expect(
      await changeOccurrence(staff.id, series.id, {
        original: local(movedSeason("2027-04-03T19:00")),
        cancelled: true,
        start: null,
        end: null,
      }),
    ).toBe(false);
  });
});
