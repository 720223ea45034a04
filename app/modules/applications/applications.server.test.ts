/**
 * Applying and answering against a real PostgreSQL: the rules of applying, the legal moves and
 * the mails each move sends (to whom, in which language), and the capacity of a period under
 * fifty simultaneous acceptances.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { companyWithOwner, queuedSearchSyncs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { coordinatorOf } from "../../../test/support/student-fixtures";
import {
  applied,
  bornYearsAgo,
  hostCompany,
  inDays,
  LETTER,
  offerOf,
  statusOf,
  student,
} from "../../../test/support/application-test-setup";
import { applyForOffer, moveApplication } from "./applications.server";

beforeEach(resetAccountsAndQueue);

const applyRequest = (studentId: string, offer: { id: string; periods: { id: string }[] }, index = 0) => ({
  studentId,
  offerId: offer.id,
  periodId: offer.periods[index]?.id ?? "",
  motivation: LETTER,
  motivationLanguage: "fr" as const,
  includeCv: false,
});

const mailsOf = async (template: string) => (await queuedMails()).filter((mail) => mail.template === template);

describe("applying", () => {
  it("records the application with the period's dates and its first event, and tells every team member in their language", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr", { displayName: "Chloé Martin" });

    const id = await applied(chloe.id, offer, 1);

    const application = await db().application.findUniqueOrThrow({ where: { id }, include: { events: true } });
    expect(application).toMatchObject({
      status: "SUBMITTED",
      periodId: offer.periods[1]?.id,
      startsOn: offer.periods[1]?.startsOn,
      endsOn: offer.periods[1]?.endsOn,
      motivation: LETTER,
      motivationLanguage: "fr",
    });
    expect(application.events).toMatchObject([{ status: "SUBMITTED", actorId: chloe.id }]);
    const mails = await mailsOf("application-company");
    expect(mails.map((mail) => [mail.to, mail.language, mail.data.event])).toEqual([
      ["chefin@werkstatt.de", "de", "SUBMITTED"],
      ["fr.chefin@werkstatt.de", "fr", "SUBMITTED"],
    ]);
    expect(mails[0]?.data).toMatchObject({ studentName: "Chloé Martin", offerTitle: "Praktikum Mechatronik" });
    expect(mails[0]?.data.url).toBe(`${loadEnv().APP_URL}/de/company/applications/${id}`);
    expect(mails[1]?.data.offerTitle).toBe("Stage en mécatronique");
    expect(mails[1]?.data.url).toBe(`${loadEnv().APP_URL}/fr/company/applications/${id}`);
  });

  it("refuses a 14-year-old French student until a guardian has consented, then lets them apply", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id, { minAge: 14 });
    const young = await student("lucas@lycee.fr", { birthDate: bornYearsAgo(14), guardianConsentAt: null });

    expect(await applyForOffer(applyRequest(young.id, offer))).toEqual({
      ok: false,
      error: "applications:errors.guardianConsentMissing",
    });
    expect(await db().application.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);

    await db().studentProfile.update({ where: { userId: young.id }, data: { guardianConsentAt: new Date() } });
    expect(await applyForOffer(applyRequest(young.id, offer))).toMatchObject({ ok: true });
  });

  it("holds the company's age rules on the first day of the placement", async () => {
    const company = await hostCompany();
    const adultsOnly = await offerOf(company.id, { minAge: 16, minorsWelcome: false });
    const fromSeventeen = await offerOf(company.id, { minAge: 17 });
    const sixteen = await student("ines@lycee.fr", { birthDate: bornYearsAgo(16) });

    expect(await applyForOffer(applyRequest(sixteen.id, adultsOnly))).toMatchObject({
      ok: false,
      error: "applications:errors.minorsNotWelcome",
      field: "periodId",
    });
    expect(await applyForOffer(applyRequest(sixteen.id, fromSeventeen))).toMatchObject({
      ok: false,
      error: "applications:errors.tooYoung",
    });
    expect(await db().application.count()).toBe(0);
  });

  it("allows one open application per offer, and a new one after withdrawing", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr");
    const first = await applied(chloe.id, offer);

    expect(await applyForOffer(applyRequest(chloe.id, offer, 1))).toEqual({
      ok: false,
      error: "applications:errors.alreadyApplied",
    });
    expect(await db().application.count()).toBe(1);

    expect(await moveApplication({ applicationId: first, actorId: chloe.id, action: "withdraw" })).toEqual({
      ok: true,
      status: "WITHDRAWN",
    });
    const second = await applied(chloe.id, offer, 1);
    expect(second).not.toBe(first);
  });

  it("lets exactly one of two simultaneous submits through (the partial unique index)", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr");

    const results = await Promise.all([0, 1, 0, 1].map((index) => applyForOffer(applyRequest(chloe.id, offer, index))));

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(3).fill({ ok: false, error: "applications:errors.alreadyApplied" }),
    );
    expect(await db().application.count()).toBe(1);
  });

  it("refuses a period of another offer, a period that has started, a passed deadline, a CV that is not there and an offer that is not public", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id, {
      periods: [
        { startsOn: inDays(0), endsOn: inDays(20), places: 1 },
        { startsOn: inDays(30), endsOn: inDays(50), places: 1 },
      ],
    });
    const other = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr");

    const attempt = (change: Partial<ReturnType<typeof applyRequest>>) =>
      applyForOffer({ ...applyRequest(chloe.id, offer, 1), ...change });
    expect(await attempt({ periodId: other.periods[0]?.id })).toEqual({
      ok: false,
      error: "applications:errors.periodUnknown",
      field: "periodId",
    });
    expect(await attempt({ periodId: offer.periods[0]?.id })).toMatchObject({
      error: "applications:errors.periodStarted",
    });
    expect(await attempt({ includeCv: true })).toMatchObject({ error: "applications:errors.noCv", field: "includeCv" });
    expect(await attempt({ motivation: "Bonjour" })).toMatchObject({
      error: "applications:errors.motivationTooShort",
    });

    await db().offer.update({
      where: { id: offer.id },
      data: { applicationDeadline: new Date(`${inDays(-1)}T00:00:00Z`) },
    });
    expect(await attempt({})).toMatchObject({ error: "applications:errors.deadlinePassed" });

    const pending = await companyWithOwner("Neu GmbH", "neu@firma.de", { status: "PENDING" });
    const hidden = await offerOf(pending.id);
    expect(await applyForOffer(applyRequest(chloe.id, hidden))).toMatchObject({
      error: "applications:errors.offerClosed",
    });
    expect(await applyForOffer(applyRequest(company.owner.id, other))).toMatchObject({
      error: "applications:errors.notStudent",
    });
    expect(await db().application.count()).toBe(0);
  });

  it("sends the CV along only when the profile has one", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr");
    await db().studentProfile.update({
      where: { userId: chloe.id },
      data: { cv: Buffer.from("%PDF-1.7 cv"), cvName: "cv.pdf", cvUpdatedAt: new Date() },
    });

    const result = await applyForOffer({ ...applyRequest(chloe.id, offer), includeCv: true });

    expect(result.ok).toBe(true);
    expect(await db().application.findFirstOrThrow()).toMatchObject({ includeCv: true });
  });
});

describe("answering", () => {
  async function scene() {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr", { displayName: "Chloé Martin" });
    const id = await applied(chloe.id, offer);
    await resetQueueOnly();
    return { company, offer, chloe, id };
  }

  it("tells the student in their language when the company reads, shortlists and declines, with the message", async () => {
    const { company, chloe, id } = await scene();
    const owner = company.owner.id;

    expect(await moveApplication({ applicationId: id, actorId: owner, action: "see" })).toMatchObject({ ok: true });
    expect(await moveApplication({ applicationId: id, actorId: owner, action: "shortlist" })).toMatchObject({
      ok: true,
    });
    const message = "Merci beaucoup ! Nous avons choisi une autre personne pour cette période.";
    expect(await moveApplication({ applicationId: id, actorId: owner, action: "decline", message })).toEqual({
      ok: true,
      status: "DECLINED",
    });

    const mails = await mailsOf("application-status");
    expect(mails.map((mail) => [mail.to, mail.language, mail.data.status])).toEqual([
      ["chloe@lycee.fr", "fr", "SEEN"],
      ["chloe@lycee.fr", "fr", "SHORTLISTED"],
      ["chloe@lycee.fr", "fr", "DECLINED"],
    ]);
    expect(mails[2]?.data).toMatchObject({ message, offerTitle: "Stage en mécatronique", name: "Chloé Martin" });
    expect(mails[2]?.data.url).toBe(`${loadEnv().APP_URL}/fr/student/applications/${id}`);
    expect(await mailsOf("application-company")).toEqual([]);
    const application = await db().application.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    expect(application.declineMessage).toBe(message);
    expect(application.events.map((event) => [event.status, event.actorId, event.message])).toEqual([
      ["SUBMITTED", chloe.id, null],
      ["SEEN", owner, null],
      ["SHORTLISTED", owner, null],
      ["DECLINED", owner, message],
    ]);
  });

  it("tells every team member when the student withdraws", async () => {
    const { chloe, id } = await scene();

    await moveApplication({ applicationId: id, actorId: chloe.id, action: "withdraw" });

    const mails = await mailsOf("application-company");
    expect(mails.map((mail) => [mail.to, mail.language, mail.data.event])).toEqual([
      ["chefin@werkstatt.de", "de", "WITHDRAWN"],
      ["fr.chefin@werkstatt.de", "fr", "WITHDRAWN"],
    ]);
    expect(await mailsOf("application-status")).toEqual([]);
  });

  it("tells the student and the confirmed coordinators of the student's school of an acceptance", async () => {
    const { company, id } = await scene();
    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.fr", {
      locale: "fr",
      displayName: "Anne Leroy",
    });
    const germanTeacher = await coordinatorOf("lp-industrie-rouen", "lehrerin@lycee.fr", { locale: "de" });
    const unconfirmed = await coordinatorOf("lp-industrie-rouen", "nouveau@lycee.fr", { locale: "fr" });
    await db().coordinatorProfile.update({ where: { userId: unconfirmed.id }, data: { verifiedAt: null } });
    const otherSchool = await db().school.findFirstOrThrow({ where: { key: { not: "lp-industrie-rouen" } } });
    await coordinatorOf(otherSchool.key, "autre@ecole.fr", { locale: "fr" });

    expect(await moveApplication({ applicationId: id, actorId: company.french.id, action: "accept" })).toEqual({
      ok: true,
      status: "ACCEPTED",
    });

    expect((await mailsOf("application-status")).map((mail) => [mail.to, mail.data.status])).toEqual([
      ["chloe@lycee.fr", "ACCEPTED"],
    ]);
    const coordinators = await mailsOf("application-coordinator");
    expect(coordinators.map((mail) => [mail.to, mail.language]).sort()).toEqual([
      [germanTeacher.email, "de"],
      [teacher.email, "fr"],
    ]);
    const french = coordinators.find((mail) => mail.to === teacher.email);
    expect(french?.data).toMatchObject({
      name: "Anne Leroy",
      studentName: "Chloé Martin",
      companyName: "Werkstatt Nord",
    });
    expect(french?.data.url).toBe(`${loadEnv().APP_URL}/fr/student/applications/${id}`);
  });

  it("refuses illegal moves and moves by the wrong side, and writes nothing for them", async () => {
    const { company, chloe, id } = await scene();
    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.fr");
    const stranger = await companyWithOwner("Andere AG", "chef@andere.de");
    const classmate = await student("leo@lycee.fr");

    const move = (actorId: string, action: Parameters<typeof moveApplication>[0]["action"]) =>
      moveApplication({ applicationId: id, actorId, action });
    expect(await move(chloe.id, "accept")).toEqual({ ok: false, error: "applications:errors.transitionRefused" });
    expect(await move(company.owner.id, "withdraw")).toEqual({
      ok: false,
      error: "applications:errors.transitionRefused",
    });
    expect(await move(teacher.id, "accept")).toEqual({ ok: false, error: "applications:errors.notAllowed" });
    expect(await move(stranger.owner.id, "decline")).toEqual({ ok: false, error: "applications:errors.notFound" });
    expect(await move(classmate.id, "withdraw")).toEqual({ ok: false, error: "applications:errors.notFound" });
    expect(await moveApplication({ applicationId: "nope", actorId: chloe.id, action: "withdraw" })).toEqual({
      ok: false,
      error: "applications:errors.notFound",
    });

    await move(company.owner.id, "decline");
    expect(await move(company.owner.id, "accept")).toEqual({
      ok: false,
      error: "applications:errors.transitionRefused",
    });
    expect(await move(chloe.id, "withdraw")).toEqual({ ok: false, error: "applications:errors.transitionRefused" });
    expect(await statusOf(id)).toBe("DECLINED");
    expect(await db().applicationEvent.count({ where: { applicationId: id } })).toBe(2);
    expect(await queuedMails()).toHaveLength(1);
  });

  it("lets only one of two simultaneous answers win (two tabs)", async () => {
    const { company, id } = await scene();

    const results = await Promise.all([
      moveApplication({ applicationId: id, actorId: company.owner.id, action: "accept" }),
      moveApplication({ applicationId: id, actorId: company.french.id, action: "decline" }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, error: "applications:errors.changedMeanwhile" });
    expect(await db().applicationEvent.count({ where: { applicationId: id } })).toBe(2);
    expect(await queuedMails()).toHaveLength(1);
  });
});

describe("the places of a period", () => {
  it("never accepts more students than places, even with 50 acceptances at once", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id, { periods: [{ startsOn: inDays(60), endsOn: inDays(87), places: 3 }] });
    const ids: string[] = [];
    for (let index = 0; index < 50; index += 1) {
      const applicant = await student(`eleve${index}@lycee.fr`);
      ids.push(await applied(applicant.id, offer));
    }
    await resetQueueOnly();

    const results = await Promise.all(
      ids.map((applicationId) => moveApplication({ applicationId, actorId: company.owner.id, action: "accept" })),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok)).toEqual(
      Array(47).fill({ ok: false, error: "applications:errors.periodFull" }),
    );
    expect(await db().application.count({ where: { status: "ACCEPTED" } })).toBe(3);
    expect(await db().applicationEvent.count({ where: { status: "ACCEPTED" } })).toBe(3);
    expect((await mailsOf("application-status")).filter((mail) => mail.data.status === "ACCEPTED")).toHaveLength(3);
    // Every period is full now: the offer leaves search as FILLED.
    expect((await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("FILLED");
    expect(await queuedSearchSyncs()).toEqual([offer.id]);
  }, 60_000);

  it("lets students apply to the offer while acceptances hold its locks", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id, {
      periods: [
        { startsOn: inDays(60), endsOn: inDays(87), places: 3 },
        { startsOn: inDays(120), endsOn: inDays(147), places: 5 },
      ],
    });
    const waiting: string[] = [];
    for (let index = 0; index < 10; index += 1)
      waiting.push(await applied((await student(`a${index}@lycee.fr`)).id, offer));
    const newcomers = await Promise.all([...Array(10).keys()].map((index) => student(`b${index}@lycee.fr`)));

    const results = await Promise.all([
      ...waiting.map((applicationId) =>
        moveApplication({ applicationId, actorId: company.owner.id, action: "accept" }),
      ),
      ...newcomers.map((newcomer) => applyForOffer(applyRequest(newcomer.id, offer, 1))),
    ]);

    expect(results.slice(0, 10).filter((result) => result.ok)).toHaveLength(3);
    expect(results.slice(10).every((result) => result.ok)).toBe(true);
    expect(await db().application.count({ where: { periodId: offer.periods[1]?.id } })).toBe(10);
  }, 60_000);

  it("keeps the offer published while another period has places, and refuses new applications to a full period", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const [anna, ben, clara] = [
      await student("anna@lycee.fr"),
      await student("ben@lycee.fr"),
      await student("clara@lycee.fr"),
    ];
    const second = await applied(anna.id, offer, 1);

    await moveApplication({ applicationId: second, actorId: company.owner.id, action: "accept" });

    expect((await db().offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("PUBLISHED");
    expect(await applyForOffer(applyRequest(ben.id, offer, 1))).toEqual({
      ok: false,
      error: "applications:errors.periodFull",
      field: "periodId",
    });
    expect(await applyForOffer(applyRequest(clara.id, offer, 0))).toMatchObject({ ok: true });
  });
});

async function resetQueueOnly() {
  await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
}
