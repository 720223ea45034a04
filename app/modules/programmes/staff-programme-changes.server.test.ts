import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { cookieOf, routeArgs } from "../../../test/support/company-fixtures";
import { call, editedForm, resetProgrammes, staffCookie, type Handler } from "../../../test/support/programme-fixtures";
import { student } from "../../../test/support/application-test-setup";
import { programmeDirectoryLoader, programmePageLoader } from "./programme-pages.server";
import { findProgramme } from "./programmes.server";
import {
  newProgrammeAction,
  newProgrammeLoader,
  staffProgrammeAction,
  staffProgrammeLoader,
} from "./staff-programme-pages.server";

type Refusal = { init: { status: number }; data: { errors: Record<string, string> } };

beforeEach(resetProgrammes);

/** A complete new-programme form: ProTandem's facts under other names and a new address. */
async function newForm(changes: Record<string, string | string[]>) {
  return {
    ...(await editedForm("protandem", {})),
    version: "0",
    key: "austausch-kfz-2027",
    nameDe: "Austausch Kfz 2027",
    nameFr: "Échange automobile 2027",
    nameEn: "",
    ...changes,
  } as Record<string, string | string[]>;
}

const location = (answer: unknown) => (answer as Response).headers.get("Location");

describe("a new programme", () => {
  it("is saved as version 1 under its address, last in the public directory", async () => {
    const cookie = await staffCookie();
    const form = await newProgrammeLoader(routeArgs("/de/staff/programmes/new", cookie, undefined, {}));
    expect(form.values).toMatchObject({ version: "0", key: "", toBeChecked: "on" });

    const answer = await call(newProgrammeAction as Handler, "/de/staff/programmes/new", cookie, {}, await newForm({}));
    expect(location(answer)).toBe("/de/staff/programmes/austausch-kfz-2027?saved=1");

    const directory = (await call(programmeDirectoryLoader as Handler, "/fr/programmes")) as {
      programmes: { key: string; name: string }[];
    };
    expect(directory.programmes.at(-1)).toMatchObject({ key: "austausch-kfz-2027", name: "Échange automobile 2027" });
    const page = (await call(programmePageLoader as Handler, "/de/programmes/austausch-kfz-2027", undefined, {
      key: "austausch-kfz-2027",
    })) as { programme: { name: string } };
    expect(page.programme.name).toBe("Austausch Kfz 2027");
    const versions = await db().programmeVersion.findMany({ where: { programme: { key: "austausch-kfz-2027" } } });
    expect(versions.map((version) => version.version)).toEqual([1]);
    expect(versions[0]?.changedById).not.toBeNull();
    expect(await db().auditLogEntry.count({ where: { action: "programmes.create" } })).toBe(1);
  });

  it("refuses a bad address, a taken one and the checker's, with the form's errors, writing nothing", async () => {
    const cookie = await staffCookie();
    const post = async (changes: Record<string, string | string[]>) =>
      (await call(
        newProgrammeAction as Handler,
        "/fr/staff/programmes/new",
        cookie,
        {},
        await newForm(changes),
      )) as Refusal;

    const bad = await post({ key: "Échange 2027!", nameFr: "" });
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors).toMatchObject({ key: "programmes:errors.key", nameFr: "programmes:errors.required" });
    expect((await post({ key: "protandem" })).data.errors.key).toBe("programmes:errors.keyTaken");
    expect((await post({ key: "check" })).data.errors.key).toBe("programmes:errors.keyTaken");
    expect((await post({ key: "x".repeat(61) })).data.errors.key).toBe("programmes:errors.key");
    expect(await db().programme.count()).toBe(10);
    expect(await db().programmeVersion.count()).toBe(10);
  });

  it("takes an address typed in capitals as its lower-case form", async () => {
    const answer = await call(
      newProgrammeAction as Handler,
      "/en/staff/programmes/new",
      await staffCookie(),
      {},
      await newForm({ key: "  Austausch-KFZ-2027 " }),
    );
    expect(location(answer)).toBe("/en/staff/programmes/austausch-kfz-2027?saved=1");
  });

  it("cannot be added by anyone but staff", async () => {
    const cookie = await cookieOf((await student("eleve@lycee.fr")).id);
    const answer = await call(newProgrammeAction as Handler, "/fr/staff/programmes/new", cookie, {}, await newForm({}));
    expect((answer as Response).status).toBe(403);
    expect(await findProgramme("austausch-kfz-2027")).toBeNull();
  });
});

describe("restoring an earlier version", () => {
  const url = "/en/staff/programmes/dfjw-placement-france";
  const params = { key: "dfjw-placement-france" };

  async function raiseGrant(cookie: string) {
    const form = await editedForm("dfjw-placement-france", { grantAmount: "3500", note: "typo" });
    await call(staffProgrammeAction as Handler, url, cookie, params, form);
  }

  it("brings the old figures back as the next version, and the public page shows them", async () => {
    const cookie = await staffCookie();
    const before = await findProgramme("dfjw-placement-france");
    await raiseGrant(cookie);
    expect((await findProgramme("dfjw-placement-france"))?.content.grant.amount).toBe(3500);

    const answer = await call(staffProgrammeAction as Handler, url, cookie, params, {
      intent: "restore",
      from: "1",
      current: "2",
    });
    expect(location(answer)).toBe(`${url}?saved=3&restored=1`);
    const restored = await findProgramme("dfjw-placement-france");
    expect(restored?.version).toBe(3);
    expect(restored?.content).toEqual(before?.content);
    expect(restored?.factsAsOf).toBe(before?.factsAsOf);

    const page = (await call(
      programmePageLoader as Handler,
      "/en/programmes/dfjw-placement-france",
      undefined,
      params,
    )) as {
      programme: { facts: { grant: string } };
    };
    expect(page.programme.facts.grant).toBe("€300 per four weeks, at most €900");
    const staffPage = (await call(staffProgrammeLoader as Handler, `${url}?saved=3&restored=1`, cookie, params)) as {
      restored: number;
      versions: { version: number; restoredFrom: number | null; grant: string; current: boolean }[];
    };
    expect(staffPage.restored).toBe(1);
    expect(staffPage.versions.map((version) => [version.version, version.restoredFrom, version.current])).toEqual([
      [3, 1, true],
      [2, null, false],
      [1, null, false],
    ]);
    expect(staffPage.versions[1]?.grant).toBe("€3,500 per four weeks, at most €900");
  });

  it("is refused when the page was out of date or names no earlier version, writing nothing", async () => {
    const cookie = await staffCookie();
    await raiseGrant(cookie);
    for (const form of [
      { from: "1", current: "1" }, // someone saved version 2 meanwhile
      { from: "2", current: "2" }, // the current version itself
      { from: "7", current: "2" },
      { from: "zero", current: "2" },
    ]) {
      const answer = (await call(staffProgrammeAction as Handler, url, cookie, params, {
        intent: "restore",
        ...form,
      })) as Refusal;
      expect(answer.init.status).toBe(409);
      expect(answer.data.errors.form).toBe("programmes:errors.changedMeanwhile");
    }
    expect((await findProgramme("dfjw-placement-france"))?.version).toBe(2);
  });

  it("cannot be done by anyone but staff", async () => {
    await raiseGrant(await staffCookie());
    const cookie = await cookieOf((await student("eleve@lycee.fr")).id);
    const answer = await call(staffProgrammeAction as Handler, url, cookie, params, {
      intent: "restore",
      from: "1",
      current: "2",
    });
    expect((answer as Response).status).toBe(403);
    expect((await findProgramme("dfjw-placement-france"))?.version).toBe(2);
  });
});
