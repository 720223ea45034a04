import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIVACY_NOTICE_VERSION } from "~/modules/accounts/privacy-notice";
import { startSession } from "~/modules/accounts/sessions.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { startHttpStack, type HttpStack } from "../support/http-stack";
import { queuedMails, resetAccountsAndQueue } from "../support/queued-mails";

/**
 * README, "Minors": a minor's guardian confirms on the platform through a mailed link, and
 * "every consent is recorded with who, for whom, text version, language and time". Over HTTP as
 * the people involved meet it: a 13-year-old from Normandy signs up, confirms their address, and
 * their guardian opens the link, reads the page in German and agrees (in France with the child).
 * The link is single-use: a second post says so and changes nothing.
 */
let stack: HttpStack;

beforeAll(async () => {
  await resetAccountsAndQueue();
  stack = await startHttpStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

const STUDENT = "noah.lefebvre@example.fr";
const GUARDIAN = { name: "Claire Lefebvre", email: "claire.lefebvre@example.fr" };

/** A birth date that makes the student 13 today, whenever the test runs. */
function thirteenYearsAgo(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - 13);
  date.setUTCDate(date.getUTCDate() - 30);
  return date.toISOString().slice(0, 10);
}

/** The path and query of a link in a queued mail, so it can be opened on the test server. */
function linkIn(url: string | undefined): string {
  if (!url) throw new Error("no link in the mail");
  const link = new URL(url);
  return `${link.pathname}${link.search}`;
}

function textOf(html: string): string {
  return parseHTML(html).document.querySelector("main")?.textContent ?? "";
}

async function guardianRecord(userId: string) {
  const [student, consents] = await Promise.all([
    db().studentProfile.findUniqueOrThrow({ where: { userId } }),
    db().consent.findMany({ where: { userId, kind: "GUARDIAN" } }),
  ]);
  return { guardianConsentAt: student.guardianConsentAt, consents };
}

describe("a guardian's consent", () => {
  let studentId: string;
  let guardianLink: string;
  let signedUpBetween: [Date, Date];

  it("starts with the student's own privacy consent, recorded with version, language and time", async () => {
    const before = new Date();
    const signUp = await stack.post("/fr/signup/student", {
      name: "Noah Lefebvre",
      email: STUDENT,
      password: "une phrase assez longue pour moi",
      country: "FR",
      schoolKey: "lp-industrie-rouen",
      birthDate: thirteenYearsAgo(),
      guardianName: GUARDIAN.name,
      guardianEmail: GUARDIAN.email,
      privacy: "on",
    });
    expect(signUp.status).toBe(302);
    expect(signUp.headers.get("Location")).toBe("/fr/signup/check-email");
    signedUpBetween = [before, new Date()];

    const user = await db().user.findUniqueOrThrow({ where: { email: STUDENT }, include: { consents: true } });
    studentId = user.id;
    expect(user.consents).toEqual([
      expect.objectContaining({
        userId: user.id,
        kind: "PRIVACY_NOTICE",
        givenBy: "self",
        textVersion: PRIVACY_NOTICE_VERSION,
        language: "fr",
      }),
    ]);
    expect(user.consents[0]!.givenAt.getTime()).toBeGreaterThanOrEqual(signedUpBetween[0].getTime());
    expect(user.consents[0]!.givenAt.getTime()).toBeLessThanOrEqual(signedUpBetween[1].getTime());

    // The guardian is written to once the student has confirmed their own address.
    const [confirmation] = await queuedMails();
    expect((await stack.get(linkIn(confirmation?.data.url))).status).toBe(200);
    const guardianMail = (await queuedMails()).find((mail) => mail.template === "guardian-consent");
    expect(guardianMail).toMatchObject({ to: GUARDIAN.email, language: "fr" });
    // The guardian reads German: the same link under /de.
    guardianLink = linkIn(guardianMail?.data.url).replace(/^\/fr\//, "/de/");
    expect(guardianLink).toMatch(/^\/de\/guardian-consent\?token=/);
  });

  it("is recorded with who gave it, for whom, the text version, the page's language and the time", async () => {
    const page = await stack.get(guardianLink);
    expect(page.status).toBe(200);
    expect(textOf(await page.text())).toContain("Noah Lefebvre möchte die Plattform");
    expect((await guardianRecord(studentId)).consents).toEqual([]);

    const token = new URL(guardianLink, stack.base).searchParams.get("token") ?? "";
    const before = new Date();
    const agreed = await stack.post(guardianLink, { token, consent: "on", together: "on" });
    const after = new Date();
    expect(agreed.status).toBe(200);
    expect(textOf(await agreed.text())).toContain(translatorFor("de")("auth:guardian.done"));

    const { guardianConsentAt, consents } = await guardianRecord(studentId);
    expect(consents).toEqual([
      expect.objectContaining({
        userId: studentId,
        kind: "GUARDIAN",
        givenBy: `${GUARDIAN.name} <${GUARDIAN.email}>`,
        textVersion: PRIVACY_NOTICE_VERSION,
        language: "de",
      }),
    ]);
    for (const at of [consents[0]!.givenAt, guardianConsentAt!]) {
      expect(at.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(at.getTime()).toBeLessThanOrEqual(after.getTime());
    }

    // Staff read the same record on the person's page.
    const staff = await db().user.create({
      data: { email: "staff@consent.example", role: "STAFF", displayName: "Staff", emailVerifiedAt: new Date() },
    });
    const cookie = (await startSession(staff.id, null)).split(";")[0];
    const person = await stack.get(`/de/staff/people/${studentId}`, { cookie });
    expect(person.status).toBe(200);
    const rows = [...parseHTML(await person.text()).document.querySelectorAll("tbody tr")].map((row) =>
      [...row.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toContainEqual([
      translatorFor("de")("staff:person.kinds.GUARDIAN"),
      `${GUARDIAN.name} <${GUARDIAN.email}>`,
      PRIVACY_NOTICE_VERSION,
      "Deutsch",
      expect.stringMatching(/^\d\d\.\d\d\.\d{4}, \d\d:\d\d$/),
    ]);
  });

  it("says the link was used when it is posted again, and changes nothing", async () => {
    const first = await guardianRecord(studentId);
    const token = new URL(guardianLink, stack.base).searchParams.get("token") ?? "";
    const used = translatorFor("de")("auth:links.used");

    const again = await stack.post(guardianLink, { token, consent: "on", together: "on" });
    expect(again.status).toBe(200);
    const text = textOf(await again.text());
    expect(text).toContain(used);
    expect(text).not.toContain(translatorFor("de")("auth:guardian.done"));
    // Opening the link again says the same, without the form.
    const reopened = await stack.get(guardianLink);
    expect(textOf(await reopened.text())).toContain(used);

    expect(await guardianRecord(studentId)).toEqual(first);
    expect(await db().consent.count({ where: { userId: studentId } })).toBe(2);
  });
});
