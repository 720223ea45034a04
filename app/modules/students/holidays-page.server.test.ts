/**
 * The staff page of school holidays through its loader and action (the route re-exports them), with session cookies
 * as a browser sends them: only staff get in, each form posts back to the list with a
 * confirmation or its refusal.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { staffMember } from "../../../test/support/moderation-test-data";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { holidaysAction, holidaysLoader } from "./holidays-page.server";
import { knownHolidays } from "../../../test/support/student-test-data";

let ids: Record<string, string>;

beforeEach(async () => {
  await resetAccountsAndQueue();
  ids = await knownHolidays();
});

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;
type Page = Awaited<ReturnType<typeof holidaysLoader>>;
const holidaysPage = { loader: holidaysLoader, action: holidaysAction };

const URL = "/de/staff/holidays";

function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string>) {
  return answerOf(handler(routeArgs(url, cookie, form)));
}

function refusal(answer: unknown) {
  const { init, data } = answer as {
    init: { status: number } | null;
    data: { errors: Record<string, string>; form: string; values: Record<string, string> };
  };
  return { status: init?.status, ...data };
}

const easter = {
  nameDe: "Osterferien",
  nameFr: "Vacances de Pâques",
  nameEn: "Easter holidays",
  country: "DE",
  startsOn: "2028-04-10",
  endsOn: "2028-04-22",
};

const holidayRows = () =>
  db().schoolHoliday.findMany({ orderBy: { id: "asc" }, omit: { createdAt: true, updatedAt: true } });

describe("access to the holidays page", () => {
  it("sends visitors to log in and refuses every other role, who change nothing", async () => {
    const visitor = (await call(holidaysPage.loader, URL)) as Response;
    expect(visitor.headers.get("Location")).toBe(`/de/login?next=${encodeURIComponent(URL)}`);
    const before = await holidayRows();
    const forms: Record<string, string>[] = [
      { intent: "create", ...easter },
      { intent: "update", id: ids["Noël"] ?? "", ...easter },
      { intent: "delete", id: ids["Noël"] ?? "" },
    ];
    for (const role of ["STUDENT", "COORDINATOR", "COMPANY_MEMBER"] as const) {
      const cookie = await cookieOf((await person(`${role.toLowerCase()}@example.de`, role)).id);
      expect(((await call(holidaysPage.loader, URL, cookie)) as Response).status, role).toBe(403);
      for (const form of forms) {
        expect(((await call(holidaysPage.action, URL, cookie, form)) as Response).status, role).toBe(403);
      }
    }
    expect(await holidayRows()).toEqual(before);
    expect(await db().auditLogEntry.count()).toBe(0);
  });
});

describe("the holidays page for staff", () => {
  it("lists the holidays in calendar order in the reader's language", async () => {
    const staff = await staffMember();
    const page = (await call(holidaysPage.loader, "/fr/staff/holidays", staff.cookie)) as Page;
    expect(page.meta.title).toBe("Vacances scolaires");
    expect(page.editing).toBeNull();
    expect(page.holidays.map((holiday) => [holiday.name, holiday.country, holiday.startsOn])).toEqual([
      ["Toussaint", "FR", "2026-10-17"],
      ["Noël", "FR", "2026-12-19"],
      ["Osterferien", "DE", "2027-03-22"],
      ["Été", "FR", "2027-07-03"],
    ]);
  });

  it("adds, changes and deletes holidays, each followed by a confirmation and an audit entry", async () => {
    const staff = await staffMember();
    const created = (await call(holidaysPage.action, URL, staff.cookie, { intent: "create", ...easter })) as Response;
    expect(created.headers.get("Location")).toBe("/de/staff/holidays?done=create");
    const added = await db().schoolHoliday.findFirstOrThrow({ where: { nameFr: "Vacances de Pâques" } });
    expect(added).toMatchObject({ country: "DE", startsOn: new Date("2028-04-10T00:00:00Z") });

    const noel = ids["Noël"] ?? "";
    const editing = (await call(holidaysPage.loader, `${URL}?edit=${noel}`, staff.cookie)) as Page;
    expect(editing.editing).toMatchObject({ id: noel, values: { nameDe: "Noël", startsOn: "2026-12-19" } });
    const updated = (await call(holidaysPage.action, `${URL}?edit=${noel}`, staff.cookie, {
      intent: "update",
      id: noel,
      nameDe: "Weihnachtsferien",
      nameFr: "Vacances de Noël",
      nameEn: "Christmas holidays",
      country: "FR",
      startsOn: "2026-12-19",
      endsOn: "2027-01-04",
    })) as Response;
    expect(updated.headers.get("Location")).toBe("/de/staff/holidays?done=update");
    expect(await db().schoolHoliday.findUniqueOrThrow({ where: { id: Number(noel) } })).toMatchObject({
      nameDe: "Weihnachtsferien",
      endsOn: new Date("2027-01-04T00:00:00Z"),
    });

    const deleted = (await call(holidaysPage.action, URL, staff.cookie, {
      intent: "delete",
      id: ids["Toussaint"] ?? "",
    })) as Response;
    expect(deleted.headers.get("Location")).toBe("/de/staff/holidays?done=delete");
    const page = (await call(holidaysPage.loader, `${URL}?done=delete`, staff.cookie)) as Page;
    expect(page.done).toBe("delete");
    expect(page.holidays.map((holiday) => holiday.name)).toEqual([
      "Weihnachtsferien",
      "Osterferien",
      "Été",
      "Osterferien",
    ]);
    const actions = await db().auditLogEntry.findMany({ orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual([
      "reference.holiday-create",
      "reference.holiday-update",
      "reference.holiday-delete",
    ]);
  });

  it("refuses invalid dates and names, keeps what was typed and changes nothing", async () => {
    const staff = await staffMember();
    const before = await holidayRows();
    const answer = await call(holidaysPage.action, URL, staff.cookie, {
      intent: "create",
      ...easter,
      nameEn: "",
      startsOn: "2028-02-30",
    });
    expect(refusal(answer)).toMatchObject({
      status: 400,
      form: "new",
      errors: { nameEn: "profile:holidays.errors.nameRequired", startsOn: "profile:holidays.errors.dateInvalid" },
      values: { nameDe: "Osterferien", startsOn: "2028-02-30" },
    });
    const backwards = await call(holidaysPage.action, URL, staff.cookie, {
      intent: "update",
      id: ids["Été"] ?? "",
      ...easter,
      endsOn: "2028-04-01",
    });
    expect(refusal(backwards)).toMatchObject({
      status: 400,
      form: ids["Été"],
      errors: { endsOn: "profile:holidays.errors.endBeforeStart" },
    });
    const gone = await call(holidaysPage.action, URL, staff.cookie, { intent: "delete", id: "999999" });
    expect(refusal(gone)).toMatchObject({ status: 404, errors: { form: "profile:holidays.errors.notFound" } });
    expect(await holidayRows()).toEqual(before);
    expect(await db().auditLogEntry.count()).toBe(0);
  });
});
