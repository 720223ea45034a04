/**
 * Programme deadlines in the events calendar: on /{lang}/events as a list of their own (not as
 * events), and in the events feed as all-day VEVENTs with a UID that stays the same across
 * languages and reloads, read back with ical.js.
 */
import ICAL from "ical.js";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { ensureProgrammes, findProgramme } from "~/modules/programmes/programmes.server";
import { dayNumber, isoDay, todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import { answerOf, routeArgs } from "../../../test/support/company-fixtures";
import { eventsFeedLoader } from "./event-feed-page.server";
import { eventsListLoader } from "./public-events-page.server";

const inDays = (days: number) => isoDay(dayNumber(todayInEurope()) + days);

/** Voltaire gets fixed deadlines: one past, one in a month, one beyond the year ahead. */
beforeEach(async () => {
  await db().$executeRawUnsafe("TRUNCATE programme CASCADE");
  await ensureProgrammes();
  const voltaire = await findProgramme("voltaire");
  const content = {
    ...voltaire!.content,
    deadlines: [
      { kind: "fixed", date: inDays(-3) },
      { kind: "fixed", date: inDays(30) },
      { kind: "fixed", date: inDays(400) },
    ],
  };
  await db().programme.update({ where: { key: "voltaire" }, data: { content: content as Prisma.InputJsonValue } });
});

async function feedText(path: string) {
  const response = await eventsFeedLoader(routeArgs(path) as LoaderFunctionArgs);
  expect(response.status).toBe(200);
  return response.text();
}

function deadlineEvents(text: string) {
  return new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents("vevent")
    .filter((event) => String(event.getFirstPropertyValue("uid")).startsWith("deadline-"));
}

describe("programme deadlines in the events calendar", () => {
  it("are listed apart on the events page, upcoming ones only, linking to the programme", async () => {
    const page = (await answerOf(eventsListLoader(routeArgs("/fr/events") as LoaderFunctionArgs))) as {
      deadlines: { name: string; date: string; path: string }[];
      events: unknown[];
    };
    expect(page.deadlines).toEqual([
      expect.objectContaining({ name: "Programme Voltaire", date: inDays(30), path: "/fr/programmes/voltaire" }),
    ]);
    // Not made into events.
    expect(await db().event.count()).toBe(0);
  });

  it("are all-day entries of the feed with a stable UID, marked as deadlines in the reader's language", async () => {
    const [fr] = deadlineEvents(await feedText("/fr/events.ics"));
    const [de, ...more] = deadlineEvents(await feedText("/de/events.ics"));
    expect(more).toEqual([]);
    expect(fr?.getFirstPropertyValue("uid")).toBe(`deadline-voltaire-${inDays(30)}@antenne-metropole.eu`);
    expect(de?.getFirstPropertyValue("uid")).toBe(fr?.getFirstPropertyValue("uid"));
    const start = de?.getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe(inDays(30));
    expect((de?.getFirstPropertyValue("dtend") as ICAL.Time).toString()).toBe(inDays(31));
    expect(de?.getFirstPropertyValue("summary")).toBe("Frist: Voltaire-Programm");
    expect(fr?.getFirstPropertyValue("summary")).toBe("Date limite\u00a0: Programme Voltaire");
    expect(de?.getFirstPropertyValue("categories")).toBe("Frist");
    // A reload gives the same entry.
    const [again] = deadlineEvents(await feedText("/de/events.ics"));
    expect(again?.toString()).toContain(`UID:deadline-voltaire-${inDays(30)}@antenne-metropole.eu`);
  });

  it("are left out of a feed narrowed by a filter", async () => {
    expect(deadlineEvents(await feedText("/de/events.ics?free=1"))).toEqual([]);
  });
});
