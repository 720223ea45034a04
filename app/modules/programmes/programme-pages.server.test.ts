import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { todayInEurope } from "~/utils/calendar-days";
import { studentApplicationLoader } from "~/modules/applications/student-applications-page.server";
import { moveApplication } from "~/modules/applications/applications.server";
import { cookieOf } from "../../../test/support/company-fixtures";
import { call, editedForm, resetProgrammes, staffCookie, type Handler } from "../../../test/support/programme-fixtures";
import { coordinatorOf } from "../../../test/support/student-fixtures";
import { applied, hostCompany, inDays, offerOf, student } from "../../../test/support/application-test-setup";
import { formatDay } from "~/modules/i18n/date-format";
import {
  programmeCheckAction,
  programmeCheckLoader,
  programmeDirectoryLoader,
  programmePageLoader,
} from "./programme-pages.server";
import { ensureProgrammes, findProgramme, programmeDeadlinesBetween } from "./programmes.server";
import { staffProgrammeAction, staffProgrammeLoader, staffProgrammesLoader } from "./staff-programme-pages.server";

beforeEach(resetProgrammes);

describe("the starting programmes", () => {
  it("are written once, each with a first version, and an edit survives the next start", async () => {
    expect(await db().programme.count()).toBe(10);
    expect(await db().programmeVersion.count()).toBe(10);
    await db().programme.update({ where: { key: "praxes" }, data: { factsAsOf: new Date("2026-11-01") } });
    await ensureProgrammes();
    expect(await db().programme.count()).toBe(10);
    expect((await findProgramme("praxes"))?.factsAsOf).toBe("2026-11-01");
  });
});

describe("the public pages", () => {
  it("filter the directory from the URL: an apprentice going to France", async () => {
    const page = (await call(
      programmeDirectoryLoader as Handler,
      "/en/programmes?who=apprentice&direction=toFrance",
    )) as {
      programmes: { key: string; name: string; grant: string; asOf: { text: string } }[];
    };
    const keys = page.programmes.map((programme) => programme.key);
    expect(keys).toContain("protandem");
    expect(keys).toContain("dfjw-placement-france");
    expect(keys).not.toContain("ofaj-placement-germany");
    const dfjw = page.programmes.find((programme) => programme.key === "dfjw-placement-france");
    expect(dfjw).toMatchObject({ grant: "€300 per four weeks, at most €900", asOf: { text: "1 January 2025" } });
  });

  it("answer an unknown programme with 404", async () => {
    const answer = await call(programmePageLoader as Handler, "/de/programmes/nope", undefined, { key: "nope" });
    expect((answer as Response).status).toBe(404);
  });

  it("check a learner without storing anything, with reasons in the reader's language", async () => {
    const before = await Promise.all([db().programmeVersion.count(), db().user.count(), db().auditLogEntry.count()]);
    // Four weeks (Monday to Friday) starting in 20 weeks, so the test never ages.
    const startsOn = inDays(140);
    const answer = (await call(
      programmeCheckAction as Handler,
      "/de/programmes/check",
      undefined,
      {},
      {
        who: "bbsPupil",
        birthDate: `${Number(startsOn.slice(0, 4)) - 17}${startsOn.slice(4)}`,
        country: "DE",
        levelFr: "A2",
        levelDe: "",
        stayCountry: "FR",
        startsOn,
        endsOn: inDays(140 + 25),
        format: "individual",
        groupSize: "",
      },
    )) as {
      data: { results: { key: string; verdict: string; reasons: { text: string }[]; estimate: string | null }[] };
    };
    const dfjw = answer.data.results.find((result) => result.key === "dfjw-placement-france");
    expect(dfjw?.verdict).toBe("eligible");
    expect(dfjw?.reasons.map((reason) => reason.text)).toEqual(
      expect.arrayContaining([
        "Du bist 17: 16–30 Jahre verlangt",
        "4 Wochen: mindestens 4 Wochen",
        `Über deine Schule beantragen, mindestens 8 Wochen vor der Abreise: bis ${formatDay(new Date(`${inDays(140 - 56)}T00:00:00Z`), "de").text}`,
      ]),
    );
    expect(dfjw?.estimate).toBe("Etwa 300\u00a0€ für 4 Wochen plus Fahrtkostenzuschuss");
    expect(answer.data.results[0]?.verdict).toBe("eligible");
    expect(await Promise.all([db().programmeVersion.count(), db().user.count(), db().auditLogEntry.count()])).toEqual(
      before,
    );
  });

  it("refuses a bad checker form with a message per field", async () => {
    const answer = (await call(
      programmeCheckAction as Handler,
      "/fr/programmes/check",
      undefined,
      {},
      {
        who: "pirate",
        birthDate: "2010-02-31",
        country: "FR",
        stayCountry: "DE",
        startsOn: "2027-05-28",
        endsOn: "2027-05-03",
        format: "group",
        groupSize: "1",
      },
    )) as { init: { status: number }; data: { errors: Record<string, string>; results: null } };
    expect(answer.init.status).toBe(400);
    expect(answer.data.results).toBeNull();
    expect(answer.data.errors).toMatchObject({
      who: "programmes:errors.choice",
      birthDate: "programmes:errors.date",
    });
  });

  it("fills the checker in from a signed-in student's profile", async () => {
    const pupil = await student("camille@lycee.fr", { birthDate: "2009-10-02", levelGerman: "B1" });
    const page = (await call(programmeCheckLoader as Handler, "/fr/programmes/check", await cookieOf(pupil.id))) as {
      prefilled: boolean;
      values: Record<string, string>;
    };
    expect(page.prefilled).toBe(true);
    expect(page.values).toMatchObject({
      who: "lyceeProPupil",
      birthDate: "2009-10-02",
      country: "FR",
      levelDe: "B1",
      stayCountry: "DE",
    });
    const visitor = (await call(programmeCheckLoader as Handler, "/fr/programmes/check")) as { prefilled: boolean };
    expect(visitor.prefilled).toBe(false);
  });
});

describe("the staff pages", () => {
  it("are closed to everyone but staff", async () => {
    const pupil = await student("eleve@lycee.fr");
    const cookie = await cookieOf(pupil.id);
    expect(((await call(staffProgrammesLoader as Handler, "/de/staff/programmes", cookie)) as Response).status).toBe(
      403,
    );
    const form = await editedForm("dfjw-placement-france", { grantAmount: "1" });
    const answer = await call(
      staffProgrammeAction as Handler,
      "/de/staff/programmes/dfjw-placement-france",
      cookie,
      { key: "dfjw-placement-france" },
      form,
    );
    expect((answer as Response).status).toBe(403);
    expect((await findProgramme("dfjw-placement-france"))?.content.grant.amount).toBe(300);
  });

  it("flag facts older than 12 months", async () => {
    const cookie = await staffCookie();
    await db().programme.update({
      where: { key: "praxes" },
      data: { factsAsOf: new Date(`${todayInEurope()}T00:00:00Z`) },
    });
    const page = (await call(staffProgrammesLoader as Handler, "/en/staff/programmes", cookie)) as {
      programmes: { key: string; stale: boolean }[];
    };
    expect(page.programmes.find((programme) => programme.key === "praxes")?.stale).toBe(false);
    expect(page.programmes.find((programme) => programme.key === "protandem")?.stale).toBe(true);
  });

  it("save a new grant as the next version, dated today, and the public page shows it", async () => {
    const cookie = await staffCookie();
    const form = await editedForm("dfjw-placement-france", { grantAmount: "350", note: "Neue Sätze 2027" });
    const answer = await call(
      staffProgrammeAction as Handler,
      "/en/staff/programmes/dfjw-placement-france",
      cookie,
      { key: "dfjw-placement-france" },
      form,
    );
    expect((answer as Response).headers.get("Location")).toBe("/en/staff/programmes/dfjw-placement-france?saved=2");
    const page = (await call(programmePageLoader as Handler, "/en/programmes/dfjw-placement-france", undefined, {
      key: "dfjw-placement-france",
    })) as {
      programme: { facts: { grant: string; asOf: { iso: string } } };
    };
    expect(page.programme.facts.grant).toBe("€350 per four weeks, at most €900");
    expect(page.programme.facts.asOf.iso).toBe(todayInEurope());
    const staffPage = (await call(
      staffProgrammeLoader as Handler,
      "/en/staff/programmes/dfjw-placement-france",
      cookie,
      { key: "dfjw-placement-france" },
    )) as {
      versions: { version: number; note: string | null; by: string | null }[];
    };
    expect(staffPage.versions.map((version) => [version.version, version.note])).toEqual([
      [2, "Neue Sätze 2027"],
      [1, null],
    ]);
    const version1 = await db().programmeVersion.findFirstOrThrow({
      where: { version: 1, programme: { key: "dfjw-placement-france" } },
    });
    expect((version1.content as { grant: { amount: number } }).grant.amount).toBe(300);
  });

  it("refuse a bad form and a form saved meanwhile, writing nothing", async () => {
    const cookie = await staffCookie();
    const url = "/de/staff/programmes/praxes";
    const bad = (await call(
      staffProgrammeAction as Handler,
      url,
      cookie,
      { key: "praxes" },
      await editedForm("praxes", { ageMin: "40", ageMax: "30", link: "javascript:alert(1)", audiences: [] }),
    )) as {
      init: { status: number };
      data: { errors: Record<string, string> };
    };
    expect(bad.init.status).toBe(400);
    expect(bad.data.errors).toMatchObject({
      ageMax: "programmes:errors.ageOrder",
      link: "programmes:errors.link",
      audiences: "programmes:errors.audiences",
    });
    const stale = (await call(
      staffProgrammeAction as Handler,
      url,
      cookie,
      { key: "praxes" },
      await editedForm("praxes", { version: "0" }),
    )) as {
      init: { status: number };
      data: { errors: Record<string, string> };
    };
    expect(stale.data.errors.form).toBe("programmes:errors.changedMeanwhile");
    expect((await findProgramme("praxes"))?.version).toBe(1);
    expect(await db().programmeVersion.count()).toBe(10);
  });

  it("list fixed deadlines for the calendar and newsletter", async () => {
    const cookie = await staffCookie();
    const form = await editedForm("voltaire", {
      "deadlines.0.kind": "fixed",
      "deadlines.0.date": "2027-01-15",
      "deadlines.1.kind": "rolling",
    });
    await call(staffProgrammeAction as Handler, "/de/staff/programmes/voltaire", cookie, { key: "voltaire" }, form);
    expect(await programmeDeadlinesBetween("2027-01-01", "2027-01-31")).toEqual([
      expect.objectContaining({ programmeKey: "voltaire", date: "2027-01-15" }),
    ]);
    expect(await programmeDeadlinesBetween("2027-01-16", "2027-12-31")).toEqual([]);
  });
});

describe("an accepted application", () => {
  it("shows the student and their coordinator the programmes that fit, and nobody else", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id, { placeKey: "braunschweig" });
    const pupil = await student("camille@lycee.fr", { birthDate: "2009-10-02" });
    const applicationId = await applied(pupil.id, offer);
    const url = `/fr/student/applications/${applicationId}`;
    const open = (await call(studentApplicationLoader as Handler, url, await cookieOf(pupil.id), {
      id: applicationId,
    })) as {
      programmes: unknown;
    };
    expect(open.programmes).toBeNull();

    await moveApplication({ applicationId, actorId: company.owner.id, action: "accept" });
    type Page = {
      programmes: {
        key: string;
        verdict: string;
        reasons: { text: string }[];
        nextDeadline: { text: string } | null;
      }[];
    };
    const page = (await call(studentApplicationLoader as Handler, url, await cookieOf(pupil.id), {
      id: applicationId,
    })) as Page;
    const ofaj = page.programmes.find((programme) => programme.key === "ofaj-placement-germany");
    expect(ofaj?.reasons.map((reason) => reason.text)).toContain("De la France vers l’Allemagne\u00a0: pris en charge");
    expect(ofaj?.nextDeadline).not.toBeNull();
    expect(page.programmes.map((programme) => programme.key)).not.toContain("dfjw-placement-france");

    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.fr");
    const seen = (await call(studentApplicationLoader as Handler, url, teacher.cookie, { id: applicationId })) as Page;
    expect(seen.programmes.map((programme) => programme.key)).toEqual(
      page.programmes.map((programme) => programme.key),
    );

    const other = await student("autre@lycee.fr");
    const refused = await call(studentApplicationLoader as Handler, url, await cookieOf(other.id), {
      id: applicationId,
    });
    expect((refused as Response).status).toBe(404);
  });
});
