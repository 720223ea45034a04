import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { verifyEmail } from "./email-verification.server";
import { giveGuardianConsent } from "./guardian-consent.server";
import { checkCredentials } from "./log-in.server";
import { signUpCompany, signUpCoordinator, signUpStudent } from "./sign-up.server";
import { moved } from "../../../test/support/moved-days";

const TODAY = moved("2026-11-26");

beforeEach(resetAccountsAndQueue);
const student = {
  name: "Léa Martin",
  email: "lea.martin@example.fr",
  password: "une phrase assez longue",
  country: "FR" as const,
  schoolKey: "lp-industrie-rouen",
  birthDate: moved("2009-03-02"),
  guardianName: "",
  guardianEmail: "",
  privacy: "on" as const,
};

describe("signUpStudent", () => {
  it("creates the account, records the privacy consent and queues the confirmation mail in the reader's language", async () => {
    const result = await signUpStudent(student, "fr", TODAY);
    expect(result.ok).toBe(true);

    const user = await db().user.findUniqueOrThrow({
      where: { email: student.email },
      include: { student: true, consents: true },
    });
    expect(user.role).toBe("STUDENT");
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.consents).toMatchObject([{ kind: "PRIVACY_NOTICE", givenBy: "self", language: "fr" }]);
    const [mail] = await queuedMails();
    expect(mail).toMatchObject({ template: "verify-email", to: student.email, language: "fr" });
    expect(mail?.data.url).toMatch(/\/fr\/verify-email\?token=/);
  });

  it("refuses with field errors and stores nothing when the school is in the other country", async () => {
    await signUpStudent(student, "fr", TODAY);
    const result = await signUpStudent({ ...student, schoolKey: "bbs-wolfsburg" }, "fr", TODAY);
    // The taken address is not mentioned: that would tell anyone who has an account here.
    expect(result).toEqual({ ok: false, errors: { schoolKey: "auth:errors.schoolOtherCountry" } });
    expect(await db().user.count({ where: { email: student.email } })).toBe(1);
    expect(await queuedMails()).toHaveLength(1);
  });

  it("answers a taken address like a new one, and tells the owner by mail in the owner's language", async () => {
    await signUpStudent(student, "fr", TODAY);
    const company = {
      name: "Jens Köhler",
      email: student.email,
      password: "ein ganz anderes passwort",
      companyName: "Köhler GmbH",
      country: "DE" as const,
      placeKey: "wolfsburg",
      privacy: "on" as const,
    };
    const again = await signUpCompany(company, "de");
    expect(again).toEqual({ ok: true });
    expect(await db().user.count({ where: { email: student.email } })).toBe(1);
    expect(await db().company.count({ where: { name: "Köhler GmbH" } })).toBe(0);
    const [, notice] = await queuedMails();
    expect(notice).toMatchObject({ template: "account-exists", to: student.email, language: "fr" });
    expect(notice?.data).toMatchObject({ name: "Léa Martin" });
    expect(notice?.data.url).toMatch(/\/fr\/forgot-password$/);
  });

  it("asks a 14-year-old from Normandy for a guardian, and a 15-year-old from Lower Saxony too", async () => {
    const fr = await signUpStudent({ ...student, email: "a@example.fr", birthDate: moved("2012-01-15") }, "fr", TODAY);
    expect(fr).toEqual({
      ok: false,
      errors: { guardianName: "auth:errors.guardianRequiredFR", guardianEmail: "auth:errors.guardianEmailRequired" },
    });
    const de = await signUpStudent(
      { ...student, email: "b@example.de", country: "DE", schoolKey: "bbs-wolfsburg", birthDate: moved("2011-02-01") },
      "de",
      TODAY,
    );
    expect(de).toMatchObject({ ok: false, errors: { guardianName: "auth:errors.guardianRequiredDE" } });
    expect(await db().user.count()).toBe(0);
  });

  it("refuses a guardian address that is the student's own, storing nothing", async () => {
    const result = await signUpStudent(
      {
        ...student,
        email: "lea@example.fr",
        birthDate: moved("2012-01-15"),
        guardianName: "Claire Martin",
        guardianEmail: "lea@example.fr",
      },
      "fr",
      TODAY,
    );
    expect(result).toEqual({ ok: false, errors: { guardianEmail: "auth:errors.guardianEmailOwn" } });
    expect(await db().user.count()).toBe(0);
  });

  it("writes to the guardian only once the student has confirmed their own address", async () => {
    const minor = {
      ...student,
      email: "junior@example.fr",
      birthDate: moved("2012-01-15"),
      guardianName: "Claire Martin",
      guardianEmail: "claire@example.fr",
    };
    expect(await signUpStudent(minor, "fr", TODAY)).toMatchObject({ ok: true });
    expect((await queuedMails()).map((mail) => mail.to)).toEqual(["junior@example.fr"]);

    const token = tokenFromUrl((await queuedMails())[0]?.data.url);
    expect(await verifyEmail(token, "fr")).toEqual({ status: "verified", guardianAsked: true });

    const mails = await queuedMails();
    expect(mails[1]).toMatchObject({ template: "guardian-consent", to: "claire@example.fr", language: "fr" });
    expect(mails[1]?.data.url).toMatch(/\/fr\/guardian-consent\?token=/);
    // The link works once.
    expect(await verifyEmail(token, "fr")).toEqual({ status: "used" });

    // In France child and parent confirm together: whoever calls, nothing is recorded without it.
    const guardianToken = tokenFromUrl(mails[1]?.data.url);
    expect(await giveGuardianConsent(guardianToken, "fr", { together: false })).toEqual({
      ok: false,
      status: "togetherRequired",
    });
    expect(await db().consent.count({ where: { kind: "GUARDIAN" } })).toBe(0);
    expect(await giveGuardianConsent(guardianToken, "fr", { together: true })).toEqual({ ok: true, status: "given" });
    expect(await db().consent.count({ where: { kind: "GUARDIAN" } })).toBe(1);
  });
});

describe("signUpCompany and signUpCoordinator", () => {
  it("creates a pending company owned by the new member", async () => {
    const result = await signUpCompany(
      {
        name: "Paul Weber",
        email: "paul@weber-holz.example",
        password: "zehn zeichen!",
        companyName: "Weber Holzbau GmbH",
        country: "DE",
        placeKey: "celle",
        privacy: "on",
      },
      "de",
    );
    expect(result.ok).toBe(true);
    const member = await db().companyMember.findFirstOrThrow({
      where: { user: { email: "paul@weber-holz.example" } },
      include: { company: true },
    });
    expect(member.isOwner).toBe(true);
    expect(member.company).toMatchObject({
      name: "Weber Holzbau GmbH",
      slug: "weber-holzbau-gmbh",
      status: "PENDING",
      country: "DE",
    });
  });

  it("refuses a town that is not in the company's country", async () => {
    const result = await signUpCompany(
      {
        name: "Paul Weber",
        email: "paul@weber-holz.example",
        password: "zehn zeichen!",
        companyName: "Weber",
        country: "DE",
        placeKey: "caen",
        privacy: "on",
      },
      "de",
    );
    expect(result).toEqual({ ok: false, errors: { placeKey: "auth:errors.placeOtherCountry" } });
    expect(await db().company.count()).toBe(0);
  });

  it("links a coordinator to the chosen school", async () => {
    await signUpCoordinator(
      {
        name: "Anne Roux",
        email: "anne.roux@example.fr",
        password: "dix caractères",
        schoolKey: "lp-hotellerie-caen",
        privacy: "on",
      },
      "fr",
    );
    const profile = await db().coordinatorProfile.findFirstOrThrow({ include: { school: true } });
    expect(profile.school.key).toBe("lp-hotellerie-caen");
  });
});

describe("checkCredentials", () => {
  it("refuses an unconfirmed account, then accepts it once confirmed; a wrong password is refused like an unknown address", async () => {
    await signUpStudent(student, "fr", TODAY);
    expect(await checkCredentials(student.email, student.password)).toEqual({ ok: false, reason: "unverified" });
    await verifyEmail(tokenFromUrl((await queuedMails())[0]?.data.url), "fr");
    expect(await checkCredentials(student.email, student.password)).toMatchObject({ ok: true });
    expect(await checkCredentials(student.email, "wrong password")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.fr", student.password)).toEqual({ ok: false, reason: "invalid" });
  });
});
