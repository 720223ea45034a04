/** The loaders and actions as the route files export them (modules may not import routes). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { offerSlug } from "~/modules/offers/offer-url";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { coordinatorOf } from "../../../test/support/student-fixtures";
import {
  applied,
  bornYearsAgo,
  hostCompany,
  LETTER,
  offerOf,
  statusOf,
  student,
} from "../../../test/support/application-test-setup";
import { moveApplication } from "./applications.server";
import { applyPageAction, applyPageLoader } from "./apply-page.server";
import {
  companyApplicationAction,
  companyApplicationLoader,
  companyInboxLoader,
} from "./company-applications-page.server";
import {
  studentApplicationAction,
  studentApplicationLoader,
  studentApplicationsLoader,
} from "./student-applications-page.server";

const applyPage = { loader: applyPageLoader, action: applyPageAction };
const companyApplication = { loader: companyApplicationLoader, action: companyApplicationAction };
const companyInbox = { loader: companyInboxLoader };
const studentApplication = { loader: studentApplicationLoader, action: studentApplicationAction };
const studentApplications = { loader: studentApplicationsLoader };

/**
 * The application pages through their real loaders and actions, with session cookies as a
 * browser sends them: the apply form, who may open which application, the company's answers
 * and the inbox filters.
 */
beforeEach(resetAccountsAndQueue);

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

function call(
  handler: Handler,
  url: string,
  cookie: string | undefined,
  params: Record<string, string>,
  form?: Record<string, string>,
) {
  return answerOf(handler(routeArgs(url, cookie, form, params)));
}

/** The data of a refused form (a 400 answer made with `data()`). */
function refusal(answer: unknown) {
  const { init, data } = answer as { init: { status: number } | null; data: { errors: Record<string, string> } };
  return { status: init?.status, errors: data.errors };
}

function statusOfAnswer(answer: unknown): number | undefined {
  return answer instanceof Response ? answer.status : undefined;
}

async function scene() {
  const company = await hostCompany();
  const offer = await offerOf(company.id);
  const chloe = await student("chloe@lycee.fr", { displayName: "Chloé Martin" });
  const slug = offerSlug(offer, "fr");
  return { company, offer, chloe, slug, applyUrl: `/fr/offers/${slug}/apply` };
}

describe("the apply page", () => {
  it("sends visitors to log in and turns away other roles", async () => {
    const { company, slug, applyUrl } = await scene();
    const visitor = await call(applyPage.loader, applyUrl, undefined, { slug });
    expect((visitor as Response).headers.get("Location")).toBe(`/fr/login?next=${encodeURIComponent(applyUrl)}`);
    expect(statusOfAnswer(await call(applyPage.loader, applyUrl, company.cookie, { slug }))).toBe(403);
    expect(statusOfAnswer(await call(applyPage.action, applyUrl, company.cookie, { slug }, {}))).toBe(403);
  });

  it("offers the upcoming periods with the one from the link chosen, and no CV box without a CV", async () => {
    const { offer, chloe, slug, applyUrl } = await scene();
    const second = offer.periods[1]?.id ?? "";

    const page = (await call(applyPage.loader, `${applyUrl}?period=${second}`, chloe.cookie, { slug })) as Awaited<
      ReturnType<typeof applyPage.loader>
    >;

    expect(page.state).toBe("ready");
    expect(page.periods.map((period) => period.id)).toEqual(offer.periods.map((period) => period.id));
    expect(page.defaults.periodId).toBe(second);
    expect(page.defaults.motivationLanguage).toBe("de");
    expect(page.cv).toBeNull();
    expect(page.offer.title).toBe("Stage en mécatronique");
  });

  it("redirects outdated words in the address and hides offers that are not public", async () => {
    const { offer, chloe } = await scene();
    const old = await call(applyPage.loader, `/de/offers/altes-${offer.number}/apply`, chloe.cookie, {
      slug: `altes-${offer.number}`,
    });
    expect((old as Response).headers.get("Location")).toBe(`/de/offers/${offerSlug(offer, "de")}/apply`);

    await db().offer.update({ where: { id: offer.id }, data: { status: "DRAFT" } });
    const slug = offerSlug(offer, "fr");
    expect(statusOfAnswer(await call(applyPage.loader, `/fr/offers/${slug}/apply`, chloe.cookie, { slug }))).toBe(404);
  });

  it("refuses a bad form with localized messages and writes nothing", async () => {
    const { chloe, slug, applyUrl } = await scene();

    const answer = await call(
      applyPage.action,
      applyUrl,
      chloe.cookie,
      { slug },
      {
        periodId: "",
        motivation: "Bonjour",
        motivationLanguage: "es",
      },
    );

    const { status, errors } = refusal(answer);
    expect(status).toBe(400);
    expect(errors).toEqual({
      periodId: "applications:errors.periodRequired",
      motivation: "applications:errors.motivationTooShort",
      motivationLanguage: "applications:errors.motivationLanguage",
    });
    const fr = translatorFor("fr");
    expect(fr(errors.motivation ?? "")).toBe("Merci d’écrire au moins 50 caractères.");
    expect(await db().application.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
  });

  it("applies and lands on the new application with a confirmation", async () => {
    const { offer, chloe, slug, applyUrl } = await scene();

    const answer = (await call(
      applyPage.action,
      applyUrl,
      chloe.cookie,
      { slug },
      {
        periodId: offer.periods[0]?.id ?? "",
        motivation: `  ${LETTER}  `,
        motivationLanguage: "fr",
      },
    )) as Response;

    const application = await db().application.findFirstOrThrow();
    expect(answer.headers.get("Location")).toBe(`/fr/student/applications/${application.id}?done=applied`);
    expect(application).toMatchObject({ motivation: LETTER, includeCv: false, studentId: chloe.id });
  });

  it("shows a minor without consent an explanation, refuses the post, and links an open application", async () => {
    const { offer, slug, applyUrl } = await scene();
    const young = await student("lucas@lycee.fr", { birthDate: bornYearsAgo(13), guardianConsentAt: null });

    const page = (await call(applyPage.loader, applyUrl, young.cookie, { slug })) as { state: string };
    expect(page.state).toBe("consentMissing");
    const form = { periodId: offer.periods[0]?.id ?? "", motivation: LETTER, motivationLanguage: "fr" };
    const answer = refusal(await call(applyPage.action, applyUrl, young.cookie, { slug }, form));
    expect(answer).toEqual({ status: 400, errors: { form: "applications:errors.guardianConsentMissing" } });
    expect(await db().application.count()).toBe(0);

    const chloe = await db().user.findUniqueOrThrow({ where: { email: "chloe@lycee.fr" } });
    const id = await applied(chloe.id, offer);
    const again = (await call(applyPage.loader, applyUrl, await cookieOf(chloe.id), { slug })) as {
      state: string;
      openApplicationId: string;
    };
    expect(again).toMatchObject({ state: "alreadyApplied", openApplicationId: id });
  });
});

describe("who may open an application", () => {
  it("answers 404 to everyone who has no side, and to malformed ids", async () => {
    const { offer, chloe } = await scene();
    const id = await applied(chloe.id, offer);
    const otherCompany = await hostCompany("Andere AG", "chef@andere.de");
    const classmate = await student("leo@lycee.fr");
    const otherSchool = await db().school.findFirstOrThrow({ where: { key: { not: "lp-industrie-rouen" } } });
    const farTeacher = await coordinatorOf(otherSchool.key, "prof@ailleurs.fr");

    const company = (cookie: string, applicationId = id) =>
      call(companyApplication.loader, `/de/company/applications/${applicationId}`, cookie, { id: applicationId });
    const studentPage = (cookie: string, applicationId = id) =>
      call(studentApplication.loader, `/fr/student/applications/${applicationId}`, cookie, { id: applicationId });

    expect(statusOfAnswer(await company(otherCompany.cookie))).toBe(404);
    expect(statusOfAnswer(await studentPage(classmate.cookie))).toBe(404);
    expect(statusOfAnswer(await studentPage(farTeacher.cookie))).toBe(404);
    expect(statusOfAnswer(await company(chloe.cookie))).toBe(404);
    expect(statusOfAnswer(await studentPage(chloe.cookie, "not-a-uuid"))).toBe(404);
    expect(statusOfAnswer(await studentPage(chloe.cookie, "00000000-0000-4000-8000-000000000000"))).toBe(404);
    const withdraw = await call(
      studentApplication.action,
      `/fr/student/applications/${id}`,
      classmate.cookie,
      { id },
      { intent: "withdraw" },
    );
    expect(statusOfAnswer(withdraw)).toBe(404);
    expect(await statusOf(id)).toBe("SUBMITTED");
  });

  it("lets the school's coordinator and staff read without acting, and without marking it read", async () => {
    const { offer, chloe } = await scene();
    const id = await applied(chloe.id, offer);
    const teacher = await coordinatorOf("lp-industrie-rouen", "prof@lycee.fr");
    const staff = await person("office@antenne.eu", "STAFF");
    const staffCookie = await cookieOf(staff.id);

    const asTeacher = (await call(studentApplication.loader, `/fr/student/applications/${id}`, teacher.cookie, {
      id,
    })) as { side: string; canWithdraw: boolean };
    expect(asTeacher).toMatchObject({ side: "coordinator", canWithdraw: false });
    const asStaff = (await call(companyApplication.loader, `/de/company/applications/${id}`, staffCookie, { id })) as {
      side: string;
      actions: string[];
    };
    expect(asStaff).toMatchObject({ side: "staff", actions: [] });
    // Staff reading it is in the audit log; the coordinator's reading is their own job.
    expect(await db().auditLogEntry.findMany({ where: { targetType: "application" } })).toMatchObject([
      { actorId: staff.id, action: "staff.view-application", targetId: id },
    ]);
    expect(await statusOf(id)).toBe("SUBMITTED");
    const post = await call(
      companyApplication.action,
      `/de/company/applications/${id}`,
      staffCookie,
      { id },
      {
        intent: "accept",
      },
    );
    expect(statusOfAnswer(post)).toBe(404);
    expect(await statusOf(id)).toBe("SUBMITTED");
  });
});

describe("the company's application page", () => {
  it("marks a new application read when the company opens it, once", async () => {
    const { company, offer, chloe } = await scene();
    const id = await applied(chloe.id, offer);
    const open = () => call(companyApplication.loader, `/de/company/applications/${id}`, company.cookie, { id });

    const first = (await open()) as Awaited<ReturnType<typeof companyApplication.loader>>;
    await open();

    expect(first.application.status).toBe("SEEN");
    expect(first.actions).toEqual(["shortlist", "accept", "decline"]);
    expect(first.student).toMatchObject({ name: "Chloé Martin", cvPath: null, endorsed: null });
    expect(first.application.timeline.map((event) => event.status)).toEqual(["SUBMITTED", "SEEN"]);
    expect(await db().applicationEvent.count({ where: { applicationId: id, status: "SEEN" } })).toBe(1);
    expect((await queuedMails()).filter((mail) => mail.template === "application-status")).toHaveLength(1);
  });

  it("links the CV only when the student sent it, and shows the school's endorsement", async () => {
    const { company, offer, chloe } = await scene();
    await db().studentProfile.update({
      where: { userId: chloe.id },
      data: { cv: Buffer.from("%PDF-1.7"), cvName: "cv.pdf", cvUpdatedAt: new Date(), endorsedAt: new Date() },
    });
    const withCv = await db().application.create({
      data: {
        studentId: chloe.id,
        offerId: offer.id,
        periodId: offer.periods[0]?.id,
        startsOn: offer.periods[0]?.startsOn ?? new Date(),
        endsOn: offer.periods[0]?.endsOn ?? new Date(),
        motivation: LETTER,
        motivationLanguage: "fr",
        includeCv: true,
      },
    });

    const page = (await call(companyApplication.loader, `/de/company/applications/${withCv.id}`, company.cookie, {
      id: withCv.id,
    })) as Awaited<ReturnType<typeof companyApplication.loader>>;

    expect(page.student.cvPath).toBe(`/students/${chloe.id}/cv`);
    expect(page.student.endorsed).not.toBeNull();
  });

  it("declines with a message, and refuses a message that is too long without writing anything", async () => {
    const { company, offer, chloe } = await scene();
    const id = await applied(chloe.id, offer);
    const post = (form: Record<string, string>) =>
      call(companyApplication.action, `/de/company/applications/${id}`, company.cookie, { id }, form);

    expect(refusal(await post({ intent: "decline", message: "x".repeat(1001) }))).toEqual({
      status: 400,
      errors: { message: "applications:errors.messageTooLong" },
    });
    expect(refusal(await post({ intent: "withdraw" })).errors).toEqual({ intent: "applications:errors.unknownAction" });
    expect(await statusOf(id)).toBe("SUBMITTED");

    const done = (await post({ intent: "decline", message: "Bonne chance pour la suite !" })) as Response;
    expect(done.headers.get("Location")).toBe(`/de/company/applications/${id}?done=decline`);
    expect(await db().application.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DECLINED",
      declineMessage: "Bonne chance pour la suite !",
    });
    expect(refusal(await post({ intent: "accept" })).errors).toEqual({
      form: "applications:errors.transitionRefused",
    });
  });
});

describe("the student's pages", () => {
  it("list only the student's own applications and let them withdraw an open one", async () => {
    const { offer, chloe } = await scene();
    const id = await applied(chloe.id, offer);
    const classmate = await student("leo@lycee.fr");
    await applied(classmate.id, offer, 1);

    const list = (await call(studentApplications.loader, "/fr/student/applications", chloe.cookie, {})) as Awaited<
      ReturnType<typeof studentApplications.loader>
    >;
    expect(
      list.applications.map((application) => [application.id, application.status, application.companyName]),
    ).toEqual([[id, "SUBMITTED", "Werkstatt Nord"]]);

    const page = (await call(studentApplication.loader, `/fr/student/applications/${id}`, chloe.cookie, { id })) as {
      canWithdraw: boolean;
    };
    expect(page.canWithdraw).toBe(true);
    const answer = (await call(
      studentApplication.action,
      `/fr/student/applications/${id}`,
      chloe.cookie,
      { id },
      {
        intent: "withdraw",
      },
    )) as Response;
    expect(answer.headers.get("Location")).toBe(`/fr/student/applications/${id}?done=withdrawn`);
    expect(await statusOf(id)).toBe("WITHDRAWN");
    const after = (await call(studentApplication.loader, `/fr/student/applications/${id}`, chloe.cookie, { id })) as {
      canWithdraw: boolean;
    };
    expect(after.canWithdraw).toBe(false);
  });
});

describe("the company's inbox", () => {
  it("filters by offer and by state through the address, and shows only the company's applications", async () => {
    const { company, offer, chloe } = await scene();
    const logistics = await offerOf(company.id, { titleDe: "Praktikum Logistik", titleFr: "Stage en logistique" });
    const [leo, mia] = [await student("leo@lycee.fr"), await student("mia@lycee.fr")];
    const a = await applied(chloe.id, offer);
    const b = await applied(leo.id, offer, 1);
    const c = await applied(mia.id, logistics);
    await moveApplication({ applicationId: b, actorId: company.owner.id, action: "shortlist" });
    const rival = await hostCompany("Andere AG", "chef@andere.de");
    const rivalOffer = await offerOf(rival.id);
    await applied(chloe.id, rivalOffer);

    const inbox = async (query = "") =>
      (await call(companyInbox.loader, `/de/company/applications${query}`, company.cookie, {})) as Awaited<
        ReturnType<typeof companyInbox.loader>
      >;
    const ids = async (query?: string) => (await inbox(query)).applications.map((row) => row.id).sort();

    expect(await ids()).toEqual([a, b, c].sort());
    expect((await inbox()).offers.map((item) => item.title).sort()).toEqual([
      "Praktikum Logistik",
      "Praktikum Mechatronik",
    ]);
    expect(await ids(`?offer=${offer.id}`)).toEqual([a, b].sort());
    expect(await ids("?status=SHORTLISTED")).toEqual([b]);
    expect(await ids(`?offer=${logistics.id}&status=SHORTLISTED`)).toEqual([]);
    expect(await ids(`?offer=${rivalOffer.id}&status=nonsense`)).toEqual([a, b, c].sort());
    expect((await inbox(`?offer=${rivalOffer.id}&status=nonsense`)).filters).toEqual({ offer: null, status: null });
    expect(statusOfAnswer(await call(companyInbox.loader, "/de/company/applications", chloe.cookie, {}))).toBe(403);
  });
});
