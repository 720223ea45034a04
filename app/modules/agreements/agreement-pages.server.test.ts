/**
 * The agreement pages' loaders and actions with real requests and sessions: who may read and
 * download an agreement (and the audit log of each download), each side's form, a change after a
 * signature, and the signing page behind a mailed link.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, companyWithOwner, cookieOf, routeArgs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { coordinatorOf } from "../../../test/support/student-fixtures";
import { staffMember } from "../../../test/support/moderation-test-data";
import { acceptedPupil, SCHOOL_PART } from "../../../test/support/agreement-test-setup";
import { agreementAction, agreementDocumentLoader, agreementLoader } from "./agreement-page.server";
import { agreementListLoader } from "./agreement-list-page.server";
import { sendForSignature, updateAgreementDetails } from "./agreements.server";
import { signAction, signDocumentLoader, signLoader } from "./sign-page.server";
import { pdfText } from "../../../test/support/pdf-text";

beforeEach(resetAccountsAndQueue);

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => Promise<unknown>;

function call(handler: Handler, url: string, cookie?: string, form?: Record<string, string | string[]>) {
  const id = url.split("/")[3] ?? "";
  return answerOf(handler(routeArgs(url, cookie, form, { id })));
}

const statusOf = (answer: unknown) => (answer instanceof Response ? answer.status : 200);

describe("who may see an agreement", () => {
  it("lets the parties' sides and staff read and download it, and no other company or school", async () => {
    const { agreement, company, chloe, teacher } = await acceptedPupil();
    const url = `/de/agreements/${agreement.id}`;
    const rival = await companyWithOwner("Andere GmbH", "chef@andere.de");
    const otherTeacher = await coordinatorOf("bbs-1-hannover", "lehrer@bbs.de");
    const staff = await staffMember();
    const staffCookie = await cookieOf(staff.id);

    for (const cookie of [company.cookie, chloe.cookie, teacher.cookie, staffCookie]) {
      expect(statusOf(await call(agreementLoader as Handler, url, cookie))).toBe(200);
    }
    for (const cookie of [rival.cookie, otherTeacher.cookie]) {
      expect(statusOf(await call(agreementLoader as Handler, url, cookie))).toBe(404);
      expect(statusOf(await call(agreementDocumentLoader as Handler, `${url}/document`, cookie))).toBe(404);
      // Nor change it.
      const answer = await call(agreementAction as Handler, url, cookie, { intent: "cancel" });
      expect(statusOf(answer)).toBe(404);
    }
    expect((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } })).status).toBe("DRAFT");
    // A visitor is sent to log in.
    expect(statusOf(await call(agreementLoader as Handler, url))).toBe(302);

    // The rival's list does not name it either.
    const list = (await call(agreementListLoader as Handler, "/de/agreements", rival.cookie)) as {
      agreements: unknown[];
    };
    expect(list.agreements).toEqual([]);
    const teachers = (await call(agreementListLoader as Handler, "/de/agreements?waiting=", teacher.cookie)) as {
      agreements: { id: string }[];
    };
    expect(teachers.agreements.map((a) => a.id)).toEqual([agreement.id]);

    const download = await call(agreementDocumentLoader as Handler, `${url}/document`, chloe.cookie);
    expect(download).toBeInstanceOf(Response);
    const response = download as Response;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const { text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Chloé Lefèvre");
    const log = await db().auditLogEntry.findMany({ where: { targetId: agreement.id } });
    expect(log.map((entry) => [entry.action, entry.actorId])).toEqual(
      expect.arrayContaining([
        ["staff.read-agreement", staff.id],
        ["agreement.download", chloe.id],
      ]),
    );
    // Many requests and a PDF rendered and parsed: slow on a busy machine, never a timing check.
  }, 60_000);
});

describe("completing and changing", () => {
  it("lets the school fill its part, refuses bad input with a message and writes nothing", async () => {
    const { agreement, teacher } = await acceptedPupil();
    const url = `/fr/agreements/${agreement.id}`;
    const bad = await call(agreementAction as Handler, url, teacher.cookie, {
      intent: "details",
      side: "school",
      ...SCHOOL_PART,
      referentTeacherName: "Amélie Garçon",
      referentTeacherEmail: "prof@lycee.fr",
      learnerStatus: "pupil",
      schoolHeadEmail: "not an address",
    });
    const refused = bad as { init: { status: number }; data: { errors: Record<string, string> } };
    expect(refused.init.status).toBe(400);
    expect(refused.data.errors).toEqual({ schoolHeadEmail: "agreements:errors.email" });
    expect((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id } })).details).toMatchObject({
      schoolHeadName: "",
    });

    // A teacher may not post the company's form.
    const wrongSide = await call(agreementAction as Handler, url, teacher.cookie, {
      intent: "details",
      side: "company",
      tutorEmail: "x@y.de",
    });
    expect(statusOf(wrongSide)).toBe(404);

    const ok = await call(agreementAction as Handler, url, teacher.cookie, {
      intent: "details",
      side: "school",
      ...SCHOOL_PART,
      referentTeacherName: "Amélie Garçon",
      referentTeacherEmail: "prof@lycee.fr",
      learnerStatus: "pupil",
    });
    expect((ok as Response).headers.get("Location")).toBe(`/fr/agreements/${agreement.id}?done=saved`);
  });

  it("withdraws the first signatures when the company changes its part before the last one", async () => {
    const { agreement, company } = await acceptedPupil();
    await updateAgreementDetails(agreement.id, "school", SCHOOL_PART);
    await updateAgreementDetails(agreement.id, "company", {
      tutorEmail: "tutor@groesser.de",
      dailySchedule: "08:00–15:30",
    });
    await sendForSignature(agreement.id);
    const link = tokenFromUrl(
      (await queuedMails()).find((m) => m.template === "agreement-party" && m.to === "chloe@lycee.fr")?.data.url,
    );

    const signed = await call(signAction as Handler, "/fr/agreements/sign", undefined, {
      token: link,
      typedName: "Chloé Lefèvre",
      consent: "on",
    });
    expect((signed as Response).headers.get("Location")).toBe("/fr/agreements/sign/done?status=PARTLY_SIGNED");

    const url = `/de/agreements/${agreement.id}`;
    const page = await call(agreementLoader as Handler, url, company.cookie);
    const company_form = (page as { forms: { side: string; fields: { key: string; value: string }[] }[] }).forms[0]!;
    const values = Object.fromEntries(company_form.fields.map((f) => [f.key, f.value]));
    const changed = await call(agreementAction as Handler, url, company.cookie, {
      intent: "details",
      side: "company",
      ...values,
      workDays: ["1", "2", "3", "4", "5"],
      dailySchedule: "07:30–15:00",
    });
    expect(statusOf(changed)).toBe(302);

    const after = (await call(agreementLoader as Handler, url, company.cookie)) as {
      status: string;
      withdrawnSignatures: number;
      parties: { role: string; signedAt: string | null }[];
    };
    expect(after.status).toBe("READY");
    expect(after.withdrawnSignatures).toBe(1);
    expect(after.parties.every((p) => p.signedAt === null)).toBe(true);
    const told = (await queuedMails()).filter((m) => m.template === "agreement-party" && m.data.event === "WITHDRAWN");
    expect(told.map((m) => m.to)).toEqual(["chloe@lycee.fr"]);
  });
});

describe("the signing page", () => {
  it("shows the party's PDF, asks people with an account to log in, and refuses a wrong name at the field", async () => {
    const { agreement, teacher } = await acceptedPupil();
    await updateAgreementDetails(agreement.id, "school", SCHOOL_PART);
    await updateAgreementDetails(agreement.id, "company", {
      tutorEmail: "tutor@groesser.de",
      dailySchedule: "08:00–15:30",
    });
    await sendForSignature(agreement.id);
    const linkOf = async (email: string) =>
      tokenFromUrl((await queuedMails()).find((m) => m.template === "agreement-party" && m.to === email)?.data.url);

    const guardianLink = await linkOf("helene@example.fr");
    const page = (await call(signLoader as Handler, `/fr/agreements/sign?token=${guardianLink}`)) as {
      link: { status: string; role: string; partyName: string };
    };
    expect(page.link).toMatchObject({ status: "valid", role: "GUARDIAN", partyName: "Hélène Lefèvre" });
    const pdf = (await call(
      signDocumentLoader as Handler,
      `/fr/agreements/sign/document?token=${guardianLink}`,
    )) as Response;
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      await db().auditLogEntry.count({ where: { targetId: agreement.id, action: "agreement.download-by-link" } }),
    ).toBe(1);

    const wrong = (await call(signAction as Handler, "/fr/agreements/sign", undefined, {
      token: guardianLink,
      typedName: "Quelqu’un d’autre",
      consent: "on",
    })) as { init: { status: number }; data: { errors: Record<string, string> } };
    expect(wrong.init.status).toBe(400);
    expect(wrong.data.errors).toEqual({ typedName: "agreements:errors.nameMismatch" });
    const noConsent = (await call(signAction as Handler, "/fr/agreements/sign", undefined, {
      token: guardianLink,
      typedName: "Hélène Lefèvre",
    })) as { data: { errors: Record<string, string> } };
    expect(noConsent.data.errors).toEqual({ consent: "agreements:errors.consent" });
    expect(await db().agreementSignature.count()).toBe(0);

    // The teacher has an account: the link asks to log in first, then shows the page.
    const teacherLink = await linkOf("prof@lycee.fr");
    const visitor = await call(signLoader as Handler, `/fr/agreements/sign?token=${teacherLink}`);
    expect((visitor as Response).headers.get("Location")).toMatch(/^\/fr\/login\?next=/);
    const loggedIn = (await call(
      signLoader as Handler,
      `/fr/agreements/sign?token=${teacherLink}`,
      teacher.cookie,
    )) as {
      link: { status: string };
    };
    expect(loggedIn.link.status).toBe("valid");

    const unknown = (await call(signLoader as Handler, "/fr/agreements/sign?token=nonsense")) as {
      link: { status: string };
    };
    expect(unknown.link.status).toBe("unknown");
    expect(statusOf(await call(signDocumentLoader as Handler, "/fr/agreements/sign/document?token=nonsense"))).toBe(
      404,
    );
  });
});
