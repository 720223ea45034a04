import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { publishedEvent } from "../../../test/support/event-test-data";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { register } from "./registrations.server";
import { staffRegistrationsAction, staffRegistrationsLoader } from "./staff-registrations-page.server";

/**
 * The attendee list of an event for its own organiser members, below /{lang}/organiser (they
 * have no way into the staff area): their events only, links and redirects kept in their area.
 */
type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
const call = (handler: Handler, url: string, cookie: string, id: string, form?: Record<string, string>) =>
  answerOf(handler(routeArgs(url, cookie, form, { lang: "de", id })));

beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe("TRUNCATE event, organiser CASCADE");
});

async function eventOfOrganiser() {
  const staff = await person("staff@example.org", "STAFF");
  const own = await organiserWithTeam("Ciné Lumière");
  const other = await organiserWithTeam("Kino im Sprengel");
  const event = await publishedEvent(staff.id);
  await db().event.update({ where: { id: event.id }, data: { organiserId: own.id } });
  await db().registrationSetting.create({ data: { eventId: event.id, mode: "HERE", seats: 20 } });
  const occurrence = await db().eventOccurrence.findFirstOrThrow({ where: { eventId: event.id } });
  const guest = await person("gast@example.org", "STUDENT");
  const registered = await register(
    { eventId: event.id, originalStartsAt: occurrence.originalStartsAt },
    { userId: guest.id, name: "Jonas Gast", email: guest.email, language: "de" },
    { kind: "PERSON", places: 1 },
  );
  if (!registered.ok) throw new Error(registered.refusal);
  return { event, own, other, registrationId: registered.id, date: occurrence.originalStartsAt.toISOString() };
}

describe("an organiser's attendee list", () => {
  it("shows the organiser's members who registered, with links and the CSV in their own area", async () => {
    const { event, own } = await eventOfOrganiser();
    const url = `/de/organiser/events/${event.id}/registrations`;
    const page = (await call(
      staffRegistrationsLoader as Handler,
      url,
      await cookieOf(own.members[0]!.id),
      event.id,
    )) as {
      eventPath: string;
      csvPath: string;
      rows: { name: string }[];
    };
    expect(page.rows.map((row) => row.name)).toEqual(["Jonas Gast"]);
    expect(page.eventPath).toBe(`/de/organiser/events/${event.id}`);
    expect(page.csvPath).toMatch(new RegExp(`^/de/organiser/events/${event.id}/registrations\\.csv\\?date=`));
  });

  it("checks a guest in and comes back to the organiser's page", async () => {
    const { event, own, registrationId, date } = await eventOfOrganiser();
    const url = `/de/organiser/events/${event.id}/registrations`;
    const answer = await call(staffRegistrationsAction as Handler, url, await cookieOf(own.members[0]!.id), event.id, {
      intent: "checkin",
      date,
      registration: registrationId,
    });
    expect((answer as Response).headers.get("Location")).toMatch(new RegExp(`^${url}\\?date=.*&done=checkin$`));
    expect((await db().registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt).not.toBeNull();
  });

  it("is not found for another organiser's members, who change nothing", async () => {
    const { event, other, registrationId, date } = await eventOfOrganiser();
    const url = `/de/organiser/events/${event.id}/registrations`;
    const cookie = await cookieOf(other.members[0]!.id);
    expect(((await call(staffRegistrationsLoader as Handler, url, cookie, event.id)) as Response).status).toBe(404);
    const answer = await call(staffRegistrationsAction as Handler, url, cookie, event.id, {
      intent: "checkin",
      date,
      registration: registrationId,
    });
    expect((answer as Response).status).toBe(404);
    expect((await db().registration.findUniqueOrThrow({ where: { id: registrationId } })).checkedInAt).toBeNull();
  });
});
