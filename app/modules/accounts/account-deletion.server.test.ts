import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createOutboxMailer, listOutboxMessages, outboxDirectory } from "~/modules/mail/outbox.server";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { inviteToTeam } from "~/modules/teams/team-invitations.server";
import { COMPANY_TEAM } from "~/modules/teams/teams.server";
import { db } from "~/utils/db.server";
import { companyWithOwner } from "../../../test/support/company-fixtures";
import { organiserWithTeam } from "../../../test/support/organiser-test-data";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { publishedOffer, studentWithProfile } from "../../../test/support/student-fixtures";
import { deleteAccount } from "./account-deletion.server";
import { verifyEmail } from "./email-verification.server";
import { checkCredentials } from "./log-in.server";
import { issueOneTimeToken } from "./one-time-tokens.server";
import { hashPassword } from "./password.server";
import { requestPasswordReset } from "./password-reset.server";
import { readSession, startSession } from "./sessions.server";
import { signUpStudent } from "./sign-up.server";

const PASSWORD = "mon premier stage";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-erasure-"));
process.env.DATA_DIR = dataDir;
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

beforeEach(async () => {
  await resetAccountsAndQueue();
  // Not tied to any account, so resetAccountsAndQueue leaves it; each test starts without.
  await db().$executeRaw`TRUNCATE email_suppression`;
});

async function person(email: string, role: "STUDENT" | "COMPANY_MEMBER" = "COMPANY_MEMBER") {
  return db().user.create({
    data: {
      email,
      role,
      displayName: email.split("@")[0] ?? email,
      passwordHash: await hashPassword(PASSWORD),
      emailVerifiedAt: new Date(),
    },
  });
}

async function minorStudent() {
  const school = await db().school.findUniqueOrThrow({ where: { key: "lp-industrie-rouen" } });
  const user = await person("noe@example.fr", "STUDENT");
  await db().studentProfile.create({
    data: {
      userId: user.id,
      schoolId: school.id,
      country: "FR",
      birthDate: new Date("2011-05-03T00:00:00Z"),
      training: "Bac pro MSPC",
      trainingYear: 2,
      introFr: "J’aime réparer les machines.",
      discoverable: true,
      guardianName: "Sophie Lambert",
      guardianEmail: "sophie@example.fr",
    },
  });
  await db().consent.create({
    data: { userId: user.id, kind: "GUARDIAN", givenBy: "Sophie Lambert", textVersion: "v1", language: "fr" },
  });
  await issueOneTimeToken(db(), { purpose: "GUARDIAN_CONSENT", email: "sophie@example.fr", userId: user.id });
  return user;
}

async function companyOwnedBy(ownerEmail: string, colleagueEmail?: string) {
  const place = await db().place.findFirstOrThrow({ where: { country: "DE" } });
  const owner = await person(ownerEmail);
  const colleague = colleagueEmail ? await person(colleagueEmail) : null;
  const company = await db().company.create({
    data: {
      slug: ownerEmail.replace(/\W+/g, "-"),
      name: "Weber Holzbau",
      country: "DE",
      placeId: place.id,
      address: "Hauptstraße 1",
      size: "SMALL",
      contactName: owner.displayName,
      contactEmail: owner.email,
      // Verified: only verified companies may invite.
      status: "VERIFIED",
      members: {
        create: [{ userId: owner.id, isOwner: true }, ...(colleague ? [{ userId: colleague.id }] : [])],
      },
    },
  });
  return { company, owner, colleague };
}

describe("deleteAccount", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const user = await minorStudent();
    expect(await deleteAccount(user.id, "wrong password")).toEqual({
      ok: false,
      errors: { password: "account:delete.errors.passwordWrong" },
    });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ deletedAt: null });
  });

  it("erases the person, keeps anonymized statistics and makes log-in impossible", async () => {
    const user = await minorStudent();
    const cookie = (await startSession(user.id, "phone")).split(";")[0] ?? "";
    expect(await deleteAccount(user.id, PASSWORD)).toEqual({ ok: true });

    const after = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      include: { student: { include: { school: true } }, consents: true, sessions: true, tokens: true },
    });
    expect(after.email).toMatch(/^deleted-[0-9a-f-]{36}@deleted\.invalid$/);
    expect(after).toMatchObject({ displayName: "—", passwordHash: null, role: "STUDENT" });
    expect(after.deletedAt).not.toBeNull();
    expect(after.sessions).toEqual([]);
    expect(after.tokens).toEqual([]);
    expect(after.student).toMatchObject({
      country: "FR",
      trainingYear: 2,
      training: "",
      introFr: null,
      discoverable: false,
      guardianName: null,
      guardianEmail: null,
      school: { key: "lp-industrie-rouen" },
    });
    expect(after.student?.birthDate.toISOString().slice(0, 10)).toBe("2011-01-01");
    expect(after.consents).toMatchObject([{ kind: "GUARDIAN", textVersion: "v1", language: "fr", givenBy: "—" }]);
    const [entry] = await db().auditLogEntry.findMany({ where: { targetId: user.id } });
    expect(entry).toMatchObject({ action: "account.delete", actorId: user.id });

    expect(await readSession(new Request("http://localhost/", { headers: { Cookie: cookie } }))).toBeNull();
    expect(await checkCredentials("noe@example.fr", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials(after.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    // Deleting twice does nothing more.
    expect(await deleteAccount(user.id, PASSWORD)).toMatchObject({ ok: false });
  });

  it("erases the CV, introductions, availability and places, and keeps applications only without their texts", async () => {
    const noe = await studentWithProfile("noe.lambert@example.fr");
    await db().user.update({ where: { id: noe.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await db().studentProfile.update({
      where: { userId: noe.id },
      data: {
        introDe: "Ich repariere gern Maschinen.",
        cv: new Uint8Array(Buffer.from("%PDF-1.4 %%EOF")),
        cvName: "CV Noé.pdf",
        cvUpdatedAt: new Date(),
      },
    });
    const company = await companyWithOwner("Autowerk Wolfsburg", "jens@autowerk.example", { placeKey: "wolfsburg" });
    const offer = await publishedOffer(company.id);
    const application = await db().application.create({
      data: {
        studentId: noe.id,
        offerId: offer.id,
        periodId: offer.periods[0]?.id,
        startsOn: new Date("2027-05-03T00:00:00Z"),
        endsOn: new Date("2027-06-25T00:00:00Z"),
        status: "DECLINED",
        motivation: "Je voudrais découvrir la maintenance en Allemagne.",
        motivationLanguage: "fr",
        includeCv: true,
        declineMessage: "Leider schon vergeben, Noé.",
        events: {
          create: [
            { status: "SUBMITTED", actorId: noe.id, createdAt: new Date("2026-11-20T08:00:00Z") },
            {
              status: "DECLINED",
              actorId: company.owner.id,
              message: "Leider schon vergeben, Noé.",
              createdAt: new Date("2026-11-22T08:00:00Z"),
            },
          ],
        },
      },
    });

    expect(await deleteAccount(noe.id, PASSWORD)).toEqual({ ok: true });
    const profile = await db().studentProfile.findUniqueOrThrow({
      where: { userId: noe.id },
      include: { availability: true, places: true, fields: true },
    });
    expect(profile).toMatchObject({
      introDe: null,
      introFr: null,
      cv: null,
      cvName: null,
      cvUpdatedAt: null,
      discoverable: false,
      availability: [],
      places: [],
      fields: [{ fieldKey: "mechatronics" }],
    });
    const kept = await db().application.findUniqueOrThrow({
      where: { id: application.id },
      include: { events: { orderBy: { createdAt: "asc" } } },
    });
    expect(kept).toMatchObject({
      status: "DECLINED",
      offerId: offer.id,
      motivation: "",
      declineMessage: null,
      includeCv: true,
      events: [
        { status: "SUBMITTED", message: null },
        { status: "DECLINED", message: null },
      ],
    });
  });

  it("keeps a solely owned company, hands it to the remaining colleague or leaves it without members", async () => {
    const team = await companyOwnedBy("paul@weber.example", "anna@weber.example");
    await deleteAccount(team.owner.id, PASSWORD);
    const kept = await db().company.findUniqueOrThrow({ where: { id: team.company.id }, include: { members: true } });
    expect(kept.members).toMatchObject([{ userId: team.colleague?.id, isOwner: true }]);
    expect(kept).toMatchObject({ contactName: "anna", contactEmail: "anna@weber.example" });

    const alone = await companyOwnedBy("solo@example.de");
    await deleteAccount(alone.owner.id, PASSWORD);
    const left = await db().company.findUniqueOrThrow({ where: { id: alone.company.id }, include: { members: true } });
    expect(left).toMatchObject({ name: "Weber Holzbau", members: [], contactName: "—", contactEmail: "" });
  });

  it("leaves the organisers it belonged to: the next member owns it and takes over the contact address", async () => {
    const club = await organiserWithTeam("Partnerschaftsverein Hannover–Rouen", { locales: ["de", "fr"] });
    const [owner, colleague] = club.members;
    await db().organiser.update({
      where: { id: club.id },
      data: { contactEmail: owner!.email, contactLanguage: "de" },
    });
    await db().user.update({ where: { id: owner!.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await deleteAccount(owner!.id, PASSWORD);
    const kept = await db().organiser.findUniqueOrThrow({ where: { id: club.id }, include: { members: true } });
    expect(kept.members).toMatchObject([{ userId: colleague!.id, isOwner: true }]);
    expect(kept).toMatchObject({ contactEmail: colleague!.email, contactLanguage: "fr" });
  });
});

describe("what an erased account leaves behind", () => {
  it("no saved searches, no queued or failed mails, no kept mails in the outbox", async () => {
    const user = await minorStudent();
    await db().savedSearch.create({
      data: { userId: user.id, query: "q=maintenance", language: "fr", unsubscribeToken: "stop-token-of-noe-0123" },
    });
    const mail = (to: string) => ({
      template: "password-reset" as const,
      to,
      language: "fr" as const,
      data: { name: "Noé", url: "http://localhost/fr/reset-password?token=x", validHours: 1 },
    });
    await queueMail(db(), mail("noe@example.fr"));
    await queueMail(db(), mail("someone.else@example.fr"));
    // One that failed for good: staff see it on the queue page, with the address in its payload.
    await db().$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = 'refused'`;
    const outbox = createOutboxMailer(outboxDirectory(dataDir), "Antenne <noreply@antenne.test>");
    await outbox.send({
      to: "Noé <NOE@example.fr>",
      subject: "Bienvenue",
      text: "Bonjour Noé",
      html: "<p>Bonjour Noé</p>",
    });
    await outbox.send({ to: "someone.else@example.fr", subject: "Hallo", text: "Hallo", html: "<p>Hallo</p>" });

    expect(await deleteAccount(user.id, PASSWORD)).toEqual({ ok: true });

    expect(await db().savedSearch.count({ where: { userId: user.id } })).toBe(0);
    expect((await queuedMails()).map((queued) => queued.to)).toEqual(["someone.else@example.fr"]);
    expect((await listOutboxMessages({ dataDir })).map((kept) => kept.to)).toEqual(["someone.else@example.fr"]);
  });

  it("erases the person's name where it stands as an offer's tutor, also in the published version", async () => {
    const company = await companyWithOwner("Autowerk Wolfsburg", "jens@autowerk.example", { placeKey: "wolfsburg" });
    await db().user.update({
      where: { id: company.owner.id },
      data: { displayName: "Jens Krüger", passwordHash: await hashPassword(PASSWORD) },
    });
    const offer = await publishedOffer(company.id);
    await db().offer.update({
      where: { id: offer.id },
      data: { tutorName: "Jens Krüger", publishedSnapshot: { titleDe: "Praktikum", tutorName: "jens krüger " } },
    });
    const other = await publishedOffer(company.id);
    await db().offer.update({ where: { id: other.id }, data: { tutorName: "Anna Schulz" } });

    expect(await deleteAccount(company.owner.id, PASSWORD)).toEqual({ ok: true });
    const erased = await db().offer.findUniqueOrThrow({ where: { id: offer.id } });
    expect(erased.tutorName).toBe("—");
    expect(erased.publishedSnapshot).toEqual({ titleDe: "Praktikum", tutorName: "—" });
    expect((await db().offer.findUniqueOrThrow({ where: { id: other.id } })).tutorName).toBe("Anna Schulz");
  });
});

describe("the suppression list", () => {
  it("keeps a later invitation and reset mail from the erased address, but lets a new sign-up confirm it", async () => {
    const user = await person("lea.martin@example.fr");
    await deleteAccount(user.id, PASSWORD);
    const team = await companyOwnedBy("paul@weber.example");

    const invited = await inviteToTeam(COMPANY_TEAM, {
      inviter: team.owner,
      teamId: team.company.id,
      email: "lea.martin@example.fr",
      language: "de",
    });
    expect(invited).toEqual({ ok: true });
    await queueMail(db(), {
      template: "password-reset",
      to: "LEA.MARTIN@example.fr",
      language: "fr",
      data: { name: "Léa", url: "http://localhost/fr/reset-password?token=x", validHours: 1 },
    });
    expect(await queuedMails()).toEqual([]);

    // She comes back on her own: the confirmation gets through, and once confirmed, so does the rest.
    const student = {
      name: "Léa Martin",
      email: "lea.martin@example.fr",
      password: "une phrase assez longue",
      country: "FR" as const,
      schoolKey: "lp-industrie-rouen",
      birthDate: "2008-03-02",
      privacy: "on" as const,
    };
    expect(await signUpStudent(student, "fr", "2026-11-26")).toMatchObject({ ok: true });
    const [confirmation] = await queuedMails();
    expect(confirmation).toMatchObject({ template: "verify-email", to: "lea.martin@example.fr" });
    await requestPasswordReset("lea.martin@example.fr", "fr");
    expect(await queuedMails()).toHaveLength(1);
    await verifyEmail(tokenFromUrl(confirmation?.data.url), "fr");
    await requestPasswordReset("lea.martin@example.fr", "fr");
    expect((await queuedMails()).map((mail) => mail.template)).toEqual(["verify-email", "password-reset"]);
  });
});
