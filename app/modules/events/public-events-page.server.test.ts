import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, routeArgs } from "../../../test/support/company-fixtures";
import { eventForm, parsedEvent, publishedEvent } from "../../../test/support/event-test-data";
import { staffMember } from "../../../test/support/moderation-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { createEvent, setEventStatus } from "./events.server";
import { eventPageLoader, eventsListLoader } from "./public-events-page.server";
import { movedSeason } from "../../../test/support/moved-days";
import { shiftIsoDay } from "~/modules/demo/demo-shift";

/** The month of the fixture's event (March 2027 as written). */
const MARCH = movedSeason("2027-03-18").slice(0, 7);

beforeEach(async () => {
  await db().event.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

type List = Awaited<ReturnType<typeof eventsListLoader>>;
type Page = Awaited<ReturnType<typeof eventPageLoader>>;

const list = async (url: string) => (await eventsListLoader(routeArgs(url))) as List;

describe("the public events list", () => {
  it("shows a published event in each language and leaves drafts out", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    await createEvent(staff.id, parsedEvent(await eventForm({ titleDe: "Entwurf", titleFr: "Brouillon" })), false);
    const fr = await list(movedSeason("/fr/events?from=2027-03-01"));
    const de = await list(movedSeason("/de/events?from=2027-03-01"));
    expect(fr.events.map((e) => [e.title, e.path, e.town])).toEqual([
      [
        "Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain",
        `/fr/events/soiree-cinema-le-fabuleux-destin-d-amelie-poulain-${event.number}`,
        "Hanovre",
      ],
    ]);
    expect(de.events[0]?.title).toBe("Filmabend: Die fabelhafte Welt der Amélie");
    expect(de.events[0]?.when).toMatch(/^Donnerstag, \d{1,2}\. März \d{4}, 19:00–21:00/);
    expect(de.events[0]?.coordinates).toEqual({ lat: 52.37, lon: 9.733 });
    expect(fr.feedPath).toBe(movedSeason("/fr/events.ics?from=2027-03-01"));
    // The map beside the list gets the configured tiles.
    expect(de.map.tileUrl).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
  });

  it("filters by place and radius, free and language, and pages through a series", async () => {
    const staff = await staffMember();
    await publishedEvent(staff.id, { repeat: "weekly", count: "", repeatCount: "25" });
    expect((await list(movedSeason("/de/events?from=2027-03-01"))).events).toHaveLength(20);
    const second = await list(movedSeason("/de/events?from=2027-03-01&page=2"));
    expect([second.events.length, second.hasNext]).toEqual([5, false]);
    expect((await list(movedSeason("/de/events?from=2027-03-01&place=caen"))).events).toHaveLength(0);
    expect((await list(movedSeason("/de/events?from=2027-03-01&place=hildesheim&radius=50"))).events).toHaveLength(20);
    expect((await list(movedSeason("/de/events?from=2027-03-01&language=DE"))).events).toHaveLength(0);
    const month = await list(`/de/events?view=month&month=${MARCH}`);
    const days = month.month?.weeks
      .flat()
      .filter((cell) => cell && cell.events.length > 0)
      .map((cell) => cell?.day);
    // Every Thursday of the series that falls in that March (18 and 25 March in 2027).
    const start = movedSeason("2027-03-18");
    const thursdays = [0, 7, 14].map((n) => shiftIsoDay(start, n)).filter((day) => day.startsWith(MARCH));
    expect(days).toEqual(thursdays);
  });

  it("shows four dates of a busy day in the month grid and links to all of them", async () => {
    const staff = await staffMember();
    for (let i = 0; i < 6; i++) await publishedEvent(staff.id, { titleDe: `Abend ${i}`, titleFr: `Soirée ${i}` });
    const month = await list(`/de/events?view=month&month=${MARCH}&free=1`);
    const busy = month.month?.weeks.flat().find((cell) => cell?.day === movedSeason("2027-03-18"));
    // Same time: the order among them is stable but arbitrary.
    expect(busy?.events).toHaveLength(4);
    expect(new Set(busy?.events.map((event) => event.title)).size).toBe(4);
    expect(busy?.more).toBe(2);
    expect(busy?.dayList).toBe(movedSeason("/de/events?from=2027-03-18&to=2027-03-18&free=1"));
    expect((await list(busy?.dayList ?? "")).events).toHaveLength(6);
    expect((await list(`/de/events?view=month&month=${MARCH}&online=1`)).month?.weeks.flat().some((c) => c?.more)).toBe(
      false,
    );
  });
  it("shows an event on every day it runs, as each day's list does", async () => {
    const staff = await staffMember();
    const festival = { titleDe: "Festival", titleFr: "Festival" };
    await publishedEvent(staff.id, {
      ...festival,
      start: movedSeason("2027-03-17T10:00"),
      end: movedSeason("2027-03-19T18:00"),
    });
    // Ending at midnight, a late evening takes one day, not two.
    await publishedEvent(staff.id, {
      titleDe: "Nachtkino",
      titleFr: "Cinéma de nuit",
      start: movedSeason("2027-03-20T21:00"),
      end: movedSeason("2027-03-21T00:00"),
    });
    const grid = await list(`/de/events?view=month&month=${MARCH}`);
    const cells = grid.month!.weeks.flat().filter((cell) => cell !== null);
    const shown = Object.fromEntries(
      cells.filter((cell) => cell.events.length > 0).map((cell) => [cell.day, cell.events.map((e) => e.title)]),
    );
    expect(shown).toEqual({
      [movedSeason("2027-03-17")]: ["Festival"],
      [movedSeason("2027-03-18")]: ["Festival"],
      [movedSeason("2027-03-19")]: ["Festival"],
      [movedSeason("2027-03-20")]: ["Nachtkino"],
    });
    // A day's cell and the day's list count the same dates.
    for (const cell of cells.filter((c) => c.events.length > 0))
      expect((await list(cell.dayList)).events, cell.day).toHaveLength(cell.events.length + cell.more);
  });

  it("counts the dates still running from earlier days in a busy day's '+ more'", async () => {
    const staff = await staffMember();
    await publishedEvent(staff.id, {
      titleDe: "Festival",
      titleFr: "Festival",
      start: movedSeason("2027-03-17T10:00"),
      end: movedSeason("2027-03-19T18:00"),
    });
    for (let i = 0; i < 4; i++) await publishedEvent(staff.id, { titleDe: `Abend ${i}`, titleFr: `Soirée ${i}` });
    const grid = await list(`/de/events?view=month&month=${MARCH}`);
    const busy = grid.month?.weeks.flat().find((cell) => cell?.day === movedSeason("2027-03-18"));
    // The festival began first, so it leads the day; one evening waits behind "+1".
    expect(busy?.events.map((e) => e.title)[0]).toBe("Festival");
    expect([busy?.events.length, busy?.more]).toEqual([4, 1]);
    expect((await list(busy?.dayList ?? "")).events).toHaveLength(5);
  });
});

describe("the public event page", () => {
  it("says when it is cancelled, carries JSON-LD and links to its calendar file", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    await setEventStatus(staff.id, event.id, "CANCELLED");
    const slug = `soiree-cinema-le-fabuleux-destin-d-amelie-poulain-${event.number}`;
    const page = (await eventPageLoader(routeArgs(`/fr/events/${slug}`, undefined, undefined, { slug }))) as Page;
    expect(page.status).toBe("CANCELLED");
    expect(page.icsPath).toBe(`/fr/events/${slug}/calendar.ics`);
    const jsonLd = JSON.parse(page.jsonLd);
    expect(jsonLd).toMatchObject({
      "@type": "Event",
      eventStatus: "https://schema.org/EventCancelled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      startDate: movedSeason("2027-03-18T19:00:00+01:00"),
      inLanguage: "fr",
      organizer: { name: "Institut français Hannover" },
      location: { "@type": "Place", name: "Kino am Raschplatz" },
      offers: { price: "0", priceCurrency: "EUR" },
    });
    expect(page.descriptionHtml).toBe("<p>Film en <strong>VO</strong> sous-titrée.</p>\n");
    // Old words redirect to the current ones; a draft answers 404.
    const moved = (await answerOf(
      eventPageLoader(routeArgs(`/de/events/x-${event.number}`, undefined, undefined, { slug: `x-${event.number}` })),
    )) as Response;
    expect(moved.status).toBe(301);
    const draft = await createEvent(staff.id, parsedEvent(await eventForm()), false);
    const hidden = (await answerOf(
      eventPageLoader(
        routeArgs(`/de/events/x-${draft.ok ? draft.number : 0}`, undefined, undefined, {
          slug: `x-${draft.ok ? draft.number : 0}`,
        }),
      ),
    )) as Response;
    expect(hidden.status).toBe(404);
  });
});
