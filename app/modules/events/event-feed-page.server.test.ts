/**
 * Every feed is read back with ical.js, a parser independent of the library that writes it: time
 * zones, UID, SEQUENCE, status, series with EXDATE and a moved date, DST, and cheap polling.
 */
import ICAL from "ical.js";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { routeArgs } from "../../../test/support/company-fixtures";
import { organiser, publishedEvent } from "../../../test/support/event-test-data";
import { staffMember } from "../../../test/support/moderation-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { parseLocal } from "./event-time";
import { eventIcsLoader, eventsFeedLoader, organiserFeedLoader } from "./event-feed-page.server";
import { changeOccurrence, setEventStatus, updateEvent } from "./events.server";
import { eventForm, parsedEvent } from "../../../test/support/event-test-data";
import { movedSeason } from "../../../test/support/moved-days";

beforeEach(async () => {
  await db().event.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

async function feed(path: string, headers: Record<string, string> = {}, params: Record<string, string> = {}) {
  const args = routeArgs(path, undefined, undefined, params);
  const request = new Request(args.request.url, { headers });
  const loader = path.includes("/organisers/")
    ? organiserFeedLoader
    : path.includes("/calendar.ics")
      ? eventIcsLoader
      : eventsFeedLoader;
  return loader({ ...args, request });
}

async function parsed(path: string, params: Record<string, string> = {}) {
  const response = await feed(path, {}, params);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  return { text, calendar: new ICAL.Component(ICAL.parse(text)), response };
}

const local = (text: string) => parseLocal(text) as Date;

describe("the events feed", () => {
  it("names every zone it uses, keeps the UID across languages and says what a client needs", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    await publishedEvent(staff.id, {
      titleDe: "Café in Rouen",
      titleFr: "Café à Rouen",
      timeZone: "Europe/Paris",
      start: movedSeason("2027-03-20T10:00"),
      end: movedSeason("2027-03-20T12:00"),
    });
    const fr = await parsed("/fr/events.ics");
    const de = await parsed("/de/events.ics");
    expect(fr.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Événements – Antenne Métropole");
    expect(fr.text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
    expect(fr.calendar.getFirstPropertyValue("x-published-ttl")).toBe("PT1H");
    const zones = fr.calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"));
    expect(zones.sort()).toEqual(["Europe/Berlin", "Europe/Paris"]);
    const [frFirst] = fr.calendar.getAllSubcomponents("vevent");
    const [deFirst] = de.calendar.getAllSubcomponents("vevent");
    const frEvent = new ICAL.Event(frFirst);
    const deEvent = new ICAL.Event(deFirst);
    expect(frEvent.uid).toBe(event.uid);
    expect(deEvent.uid).toBe(event.uid);
    expect(frEvent.summary).toBe("Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain");
    expect(deEvent.summary).toBe("Filmabend: Die fabelhafte Welt der Amélie");
    expect(frFirst?.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Berlin");
    expect(frEvent.startDate.toString()).toBe(movedSeason("2027-03-18T19:00:00"));
    expect(frEvent.startDate.toJSDate().toISOString()).toBe(movedSeason("2027-03-18T18:00:00.000Z"));
    expect(frEvent.sequence).toBe(0);
    expect(frEvent.location).toBe("Kino am Raschplatz, Hanovre\nRaschplatz 5, 30161 Hannover");
    expect(frFirst?.getFirstPropertyValue("geo")).toEqual([52.37, 9.733]);
    expect(frFirst?.getFirstPropertyValue("url")).toMatch(new RegExp(`/fr/events/soiree-cinema-.*-${event.number}$`));
    expect(String(frFirst?.getFirstPropertyValue("organizer"))).toBe("mailto:events@antenne-metropole.eu");
    expect(frFirst?.getFirstProperty("organizer")?.getParameter("cn")).toBe("Institut français Hannover");
    expect(frFirst?.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(frFirst?.getFirstPropertyValue("last-modified")).toBeTruthy();
    expect(frFirst?.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("raises SEQUENCE when an event moves by an hour, and says CANCELLED for 30 days", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    await updateEvent(
      staff.id,
      event.id,
      parsedEvent(await eventForm({ start: movedSeason("2027-03-18T20:00"), end: movedSeason("2027-03-18T22:00") })),
    );
    let vevent = new ICAL.Event((await parsed("/de/events.ics")).calendar.getFirstSubcomponent("vevent") ?? undefined);
    expect([vevent.sequence, vevent.startDate.toString()]).toEqual([1, movedSeason("2027-03-18T20:00:00")]);
    await setEventStatus(staff.id, event.id, "CANCELLED");
    const cancelled = (await parsed("/de/events.ics")).calendar.getFirstSubcomponent("vevent") ?? undefined;
    vevent = new ICAL.Event(cancelled);
    expect([vevent.sequence, cancelled?.getFirstPropertyValue("status")]).toEqual([2, "CANCELLED"]);
    expect(vevent.description).toMatch(/^Abgesagt/);
    // 31 days after the cancellation it has left the feed.
    await db().event.update({
      where: { id: event.id },
      data: { statusChangedAt: new Date(Date.now() - 31 * 24 * 3600_000) },
    });
    expect((await parsed("/de/events.ics")).calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });

  it("writes a series as RRULE + EXDATE + a RECURRENCE-ID override, at its new time across summer time", async () => {
    const staff = await staffMember();
    const series = await publishedEvent(staff.id, { repeat: "weekly", repeatUntil: movedSeason("2027-04-08") });
    await changeOccurrence(staff.id, series.id, {
      original: local(movedSeason("2027-03-25T19:00")),
      cancelled: true,
      start: null,
      end: null,
    });
    await changeOccurrence(staff.id, series.id, {
      original: local(movedSeason("2027-04-01T19:00")),
      cancelled: false,
      start: local(movedSeason("2027-04-02T18:00")),
      end: local(movedSeason("2027-04-02T20:00")),
    });
    const { calendar, text } = await parsed("/fr/events.ics");
    const [master, override] = calendar.getAllSubcomponents("vevent");
    expect(master?.getFirstPropertyValue("rrule")?.toString()).toBe(
      movedSeason("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270408T215959Z"),
    );
    expect(text).toContain(movedSeason("EXDATE;TZID=Europe/Berlin:20270325T190000"));
    expect(override?.getFirstPropertyValue("recurrence-id")?.toString()).toBe(movedSeason("2027-04-01T19:00:00"));
    expect(override?.getFirstPropertyValue("uid")).toBe(series.uid);
    // Expanded as a calendar client would: the cancelled date is gone, the moved one at its new time,
    // and 19:00 stays 19:00 after the last Sunday of March.
    const event = new ICAL.Event(master, { strictExceptions: true });
    if (override) event.relateException(override);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      starts.push(`${details.startDate.toString()} ${details.startDate.toJSDate().toISOString()}`);
    }
    expect(starts).toEqual([
      movedSeason("2027-03-18T19:00:00 2027-03-18T18:00:00.000Z"),
      movedSeason("2027-04-02T18:00:00 2027-04-02T16:00:00.000Z"),
      movedSeason("2027-04-08T19:00:00 2027-04-08T17:00:00.000Z"),
    ]);
  });

  it("keeps the list's filters, one feed per organiser, and answers a poll with 304", async () => {
    const staff = await staffMember();
    await publishedEvent(staff.id);
    const other = await organiser("Comité de jumelage Caen", { country: "FR" });
    await publishedEvent(staff.id, {
      organiserId: other.id,
      titleFr: "Atelier à Caen",
      placeId: String((await db().place.findUniqueOrThrow({ where: { key: "caen" } })).id),
      isFree: "",
      priceText: "5 €",
    });
    const free = await parsed("/fr/events.ics?free=1");
    expect(free.calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("summary"))).toEqual([
      "Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain",
    ]);
    const near = await parsed("/fr/events.ics?place=bayeux&radius=50");
    expect(near.calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("summary"))).toEqual([
      "Atelier à Caen",
    ]);
    const mine = await parsed(`/fr/organisers/${other.id}/events.ics`, { id: other.id });
    expect(mine.calendar.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(mine.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Comité de jumelage Caen – Antenne Métropole");
    const etag = free.response.headers.get("ETag") ?? "";
    expect(etag).not.toBe("");
    expect((await feed("/fr/events.ics?free=1", { "If-None-Match": etag })).status).toBe(304);
    const lastModified = free.response.headers.get("Last-Modified") ?? "";
    expect((await feed("/fr/events.ics?free=1", { "If-Modified-Since": lastModified })).status).toBe(304);
    await db().event.updateMany({ data: { titleFr: "Changé" } });
    expect((await feed("/fr/events.ics?free=1", { "If-None-Match": etag })).status).toBe(200);
  });

  it("answers a poll without If-None-Match with the feed already built, until an event changes", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    const first = (await parsed("/fr/events.ics")).text;
    // DTSTAMP is written to the second: a rebuild a second later would differ.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await parsed("/fr/events.ics")).text).toBe(first);
    await updateEvent(
      staff.id,
      event.id,
      parsedEvent(await eventForm({ start: movedSeason("2027-04-01T19:00"), end: movedSeason("2027-04-01T21:00") })),
    );
    const changed = new ICAL.Event(
      (await parsed("/fr/events.ics")).calendar.getFirstSubcomponent("vevent") ?? undefined,
    );
    expect(changed.startDate.toString()).toBe(movedSeason("2027-04-01T19:00:00"));
  });

  it("gives one event as a file to add to a calendar", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    const { calendar, response } = await parsed(`/de/events/x-${event.number}/calendar.ics`, {
      slug: `x-${event.number}`,
    });
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename=event-${event.number}.ics`);
    expect(new ICAL.Event(calendar.getFirstSubcomponent("vevent") ?? undefined).uid).toBe(event.uid);
  });
});
