/**
 * The staff events pages through their loaders and actions, with session cookies as a browser
 * sends them: only staff get in; a bad form is refused with messages and writes nothing.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { eventForm, publishedEvent } from "../../../test/support/event-test-data";
import { staffMember } from "../../../test/support/moderation-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { eventSettingsAction } from "./staff-event-settings-page.server";
import { editEventAction, editEventLoader, newEventAction, staffEventsLoader } from "./staff-events-page.server";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string>, params = {}) {
  return answerOf(handler(routeArgs(url, cookie, form, params)));
}

beforeEach(async () => {
  await db().event.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

describe("access to the staff events pages", () => {
  it("sends visitors to log in and refuses every other role, who change nothing", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    const visitor = (await call(staffEventsLoader, "/de/staff/events")) as Response;
    expect(visitor.headers.get("Location")).toBe(`/de/login?next=${encodeURIComponent("/de/staff/events")}`);
    const form = await eventForm({ titleDe: "Übernommen?" });
    for (const role of ["STUDENT", "COORDINATOR", "COMPANY_MEMBER"] as const) {
      const cookie = await cookieOf((await person(`${role.toLowerCase()}@example.de`, role)).id);
      expect(((await call(staffEventsLoader, "/de/staff/events", cookie)) as Response).status).toBe(403);
      expect(
        ((await call(newEventAction, "/de/staff/events/new", cookie, { ...form, intent: "publish" })) as Response)
          .status,
      ).toBe(403);
      const url = `/de/staff/events/${event.id}`;
      const forms: Record<string, string>[] = [
        { intent: "save", ...form },
        { intent: "status", status: "CANCELLED" },
      ];
      for (const extra of forms) {
        expect(((await call(editEventAction, url, cookie, extra, { id: event.id })) as Response).status).toBe(403);
      }
      expect(
        (
          (await call(eventSettingsAction, "/de/staff/events/settings", cookie, {
            intent: "organiser",
            name: "X",
          })) as Response
        ).status,
      ).toBe(403);
    }
    const after = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.titleDe, after.status, after.sequence]).toEqual([event.titleDe, "SCHEDULED", 0]);
    expect(await db().event.count()).toBe(1);
  });
});

describe("staff create and change events", () => {
  it("publishes a new event and sends the editor to its page", async () => {
    const staff = await staffMember();
    const answer = (await call(newEventAction, "/fr/staff/events/new", staff.cookie, {
      ...(await eventForm()),
      intent: "publish",
    })) as Response;
    const event = await db().event.findFirstOrThrow();
    expect(answer.headers.get("Location")).toBe(`/fr/staff/events/${event.id}?done=created`);
    expect(event.publishedAt).not.toBeNull();
    const page = (await call(editEventLoader, `/fr/staff/events/${event.id}`, staff.cookie, undefined, {
      id: event.id,
    })) as {
      title: string;
      publicPath: string;
    };
    expect(page.title).toBe("Soirée cinéma : Le Fabuleux Destin d’Amélie Poulain");
    expect(page.publicPath).toBe(`/fr/events/soiree-cinema-le-fabuleux-destin-d-amelie-poulain-${event.number}`);
  });

  it("refuses a form without title, with the end before the start, and writes nothing", async () => {
    const staff = await staffMember();
    const form = await eventForm({ titleDe: "", titleFr: "", end: "2027-03-18T18:00", isFree: "", priceText: "" });
    const answer = (await call(newEventAction, "/de/staff/events/new", staff.cookie, {
      ...form,
      intent: "publish",
    })) as {
      init: { status: number };
      data: { errors: Record<string, string> };
    };
    expect(answer.init.status).toBe(400);
    expect(answer.data.errors).toEqual({
      titleDe: "events:errors.titleRequired",
      priceText: "events:errors.priceRequired",
      end: "events:errors.endBeforeStart",
    });
    expect(await db().event.count()).toBe(0);
  });

  it("cancels an event: a new SEQUENCE, the same UID", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    const answer = (await call(
      editEventAction,
      `/de/staff/events/${event.id}`,
      staff.cookie,
      { intent: "status", status: "CANCELLED" },
      { id: event.id },
    )) as Response;
    expect(answer.headers.get("Location")).toBe(`/de/staff/events/${event.id}?done=status`);
    const after = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect([after.status, after.sequence, after.uid]).toEqual(["CANCELLED", 1, event.uid]);
  });

  it("adds an organiser and refuses one without a town", async () => {
    const staff = await staffMember();
    const form = {
      intent: "organiser",
      name: "Comité de jumelage Rouen–Hanovre",
      kind: "TWINNING",
      town: "Rouen",
      country: "FR",
    };
    const refused = (await call(eventSettingsAction, "/fr/staff/events/settings", staff.cookie, {
      ...form,
      town: "",
    })) as {
      init: { status: number };
    };
    expect(refused.init.status).toBe(400);
    expect(await db().organiser.count()).toBe(0);
    await call(eventSettingsAction, "/fr/staff/events/settings", staff.cookie, form);
    expect((await db().organiser.findFirstOrThrow()).town).toBe("Rouen");
  });
});
