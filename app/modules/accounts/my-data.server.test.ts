import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { companyWithOwner } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { publishedOffer, studentWithProfile } from "../../../test/support/student-fixtures";
import { collectMyData, myDataResponse } from "./my-data.server";
import { issueOneTimeToken } from "./one-time-tokens.server";
import { hashPassword } from "./password.server";
import { startSession } from "./sessions.server";

beforeEach(resetAccountsAndQueue);

async function student() {
  const school = await db().school.findUniqueOrThrow({ where: { key: "lp-industrie-rouen" } });
  const user = await db().user.create({
    data: {
      email: "noe@example.fr",
      role: "STUDENT",
      displayName: "Noé Lambert",
      locale: "fr",
      passwordHash: await hashPassword("mon premier stage"),
      emailVerifiedAt: new Date(),
      student: {
        create: {
          schoolId: school.id,
          country: "FR",
          birthDate: new Date("2011-05-03T00:00:00Z"),
          training: "Bac pro MSPC",
          trainingYear: 2,
          introFr: "J’aime réparer les machines.",
          guardianName: "Sophie Lambert",
          guardianEmail: "sophie@example.fr",
        },
      },
      consents: {
        create: [
          { kind: "PRIVACY_NOTICE", givenBy: "self", textVersion: "v1", language: "fr" },
          { kind: "GUARDIAN", givenBy: "Sophie Lambert <sophie@example.fr>", textVersion: "v1", language: "fr" },
        ],
      },
    },
  });
  await issueOneTimeToken(db(), { purpose: "VERIFY_EMAIL", email: user.email, userId: user.id });
  await startSession(user.id, "Firefox on a school PC");
  await db().auditLogEntry.create({
    data: { action: "staff.note", targetType: "user", targetId: user.id, details: { note: "checked" } },
  });
  await db().savedSearch.create({
    data: {
      userId: user.id,
      query: "fields=metal&q=maintenance",
      language: "fr",
      unsubscribeToken: "stop-token-of-noe-0123456789",
      createdAt: new Date("2026-11-20T08:00:00Z"),
    },
  });
  return user;
}

describe("collectMyData", () => {
  it("holds the account, profile, consents, sessions, links and audit entries", async () => {
    const user = await student();
    const data = await collectMyData(user.id, new Date("2026-11-26T10:00:00Z"));
    expect(data.exportedAt).toBe("2026-11-26T10:00:00.000Z");
    expect(data.account).toMatchObject({ email: "noe@example.fr", displayName: "Noé Lambert", role: "STUDENT" });
    expect(data.studentProfile).toMatchObject({
      school: "Lycée professionnel des métiers de l’industrie, Rouen",
      birthDate: "2011-05-03",
      training: "Bac pro MSPC",
      introFr: "J’aime réparer les machines.",
      guardianName: "Sophie Lambert",
      guardianEmail: "sophie@example.fr",
    });
    expect(data.consents.map((consent) => consent.kind)).toEqual(["PRIVACY_NOTICE", "GUARDIAN"]);
    expect(data.sessions).toMatchObject([{ userAgent: "Firefox on a school PC" }]);
    expect(data.links).toMatchObject([{ purpose: "VERIFY_EMAIL", usedAt: null }]);
    expect(data.auditEntries).toMatchObject([{ action: "staff.note", details: { note: "checked" } }]);
    expect(data.savedSearches).toEqual([
      {
        query: "fields=metal&q=maintenance",
        language: "fr",
        createdAt: new Date("2026-11-20T08:00:00Z"),
        mailsStopped: false,
      },
    ]);
    expect(data.coordinatorProfile).toBeNull();
    expect(data.companyMemberships).toEqual([]);
  });

  it("holds the student's availability, places, CV name, endorsement and applications with their steps", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    const cv = new Uint8Array(Buffer.from("%PDF-1.4 secret-cv-bytes %%EOF"));
    await db().studentProfile.update({
      where: { userId: noe.id },
      data: { cv, cvName: "CV Noé.pdf", cvUpdatedAt: new Date(), endorsedAt: new Date("2026-11-10T09:00:00Z") },
    });
    const company = await companyWithOwner("Autowerk Wolfsburg", "jens@autowerk.example", { placeKey: "wolfsburg" });
    const offer = await publishedOffer(company.id);
    await db().application.create({
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
        declineMessage: "Leider schon vergeben.",
        events: {
          create: [
            { status: "SUBMITTED", actorId: noe.id, createdAt: new Date("2026-11-20T08:00:00Z") },
            {
              status: "DECLINED",
              actorId: company.owner.id,
              message: "Leider schon vergeben.",
              createdAt: new Date("2026-11-22T08:00:00Z"),
            },
          ],
        },
      },
    });

    const data = await collectMyData(noe.id);
    expect(data.studentProfile).toMatchObject({
      accommodationNeeded: true,
      cvStored: true,
      cvName: "CV Noé.pdf",
      endorsedAt: new Date("2026-11-10T09:00:00Z"),
      availability: [{ startsOn: "2027-05-03", endsOn: "2027-06-25" }],
      places: [{ place: "braunschweig", nameDe: "Braunschweig", radiusKm: 50 }],
    });
    expect(data.applications).toMatchObject([
      {
        offer: { number: offer.number, titleDe: "Praktikum Mechatronik", company: "Autowerk Wolfsburg" },
        startsOn: "2027-05-03",
        endsOn: "2027-06-25",
        status: "DECLINED",
        motivation: "Je voudrais découvrir la maintenance en Allemagne.",
        includeCv: true,
        declineMessage: "Leider schon vergeben.",
        events: [
          { status: "SUBMITTED", message: null },
          { status: "DECLINED", message: "Leider schon vergeben." },
        ],
      },
    ]);
    // The file itself travels with the export (Art. 20), as base64 of the stored bytes.
    expect(data.studentProfile?.cvFile).toEqual({
      name: "CV Noé.pdf",
      contentType: "application/pdf",
      base64: Buffer.from(cv).toString("base64"),
    });
    expect(data.studentProfile).not.toHaveProperty("cv");
    const json = JSON.stringify(data);
    expect(json).not.toContain(company.owner.id);
  });

  it("never contains a password hash, a link hash or a session id", async () => {
    const user = await student();
    const json = JSON.stringify(await collectMyData(user.id));
    const stored = await db().user.findUniqueOrThrow({
      where: { id: user.id },
      include: { sessions: true, tokens: true, savedSearches: true },
    });
    const secrets = [
      stored.passwordHash,
      ...stored.sessions.map((s) => s.id),
      ...stored.tokens.map((t) => t.tokenHash),
      ...stored.savedSearches.map((search) => search.unsubscribeToken),
    ];
    expect(secrets).toHaveLength(4);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(json).not.toMatch(/passwordHash|tokenHash|argon2/);
  });

  it("gives an owner the company's record and a member only its name", async () => {
    const place = await db().place.findFirstOrThrow({ where: { country: "DE" } });
    const [owner, colleague] = await Promise.all(
      ["paul@weber.example", "anna@weber.example"].map((email) =>
        db().user.create({ data: { email, role: "COMPANY_MEMBER", displayName: email, emailVerifiedAt: new Date() } }),
      ),
    );
    await db().company.create({
      data: {
        slug: "weber",
        name: "Weber Holzbau",
        country: "DE",
        placeId: place.id,
        address: "Hauptstraße 1",
        size: "SMALL",
        contactName: "Paul Weber",
        contactEmail: "paul@weber.example",
        members: { create: [{ userId: owner!.id, isOwner: true }, { userId: colleague!.id }] },
      },
    });
    const own = await collectMyData(owner!.id);
    expect(own.companyMemberships).toMatchObject([
      { isOwner: true, company: { name: "Weber Holzbau", address: "Hauptstraße 1", contactName: "Paul Weber" } },
    ]);
    const theirs = await collectMyData(colleague!.id);
    expect(theirs.companyMemberships).toMatchObject([{ isOwner: false, company: { name: "Weber Holzbau" } }]);
    expect(theirs.companyMemberships[0]?.company).not.toHaveProperty("address");
  });
});

describe("a coordinator's export", () => {
  it("lists the profiles they endorsed, and the student's names who endorsed them", async () => {
    const noe = await studentWithProfile("noe@example.fr");
    const profile = await db().studentProfile.findUniqueOrThrow({ where: { userId: noe.id } });
    const teacher = await db().user.create({
      data: {
        email: "prof@lycee.example",
        role: "COORDINATOR",
        displayName: "Claire Dubois",
        emailVerifiedAt: new Date(),
        coordinator: { create: { schoolId: profile.schoolId, verifiedAt: new Date() } },
      },
    });
    await db().studentProfile.update({
      where: { userId: noe.id },
      data: { endorsedAt: new Date("2026-11-10T09:00:00Z"), endorsedById: teacher.id },
    });

    const theirs = await collectMyData(teacher.id);
    expect(theirs.coordinatorProfile?.endorsements).toEqual([
      {
        student: noe.displayName,
        school: expect.any(String) as string,
        endorsedAt: new Date("2026-11-10T09:00:00Z"),
      },
    ]);
    expect((await collectMyData(noe.id)).studentProfile).toMatchObject({ endorsedBy: "Claire Dubois" });
  });
});

describe("myDataResponse", () => {
  it("is a JSON download named after the day", async () => {
    const user = await student();
    const response = await myDataResponse(user.id, new Date("2026-11-26T23:30:00Z"));
    // Half past midnight in Europe is already the next day.
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="antenne-my-data-2026-11-27.json"');
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(((await response.json()) as { account: { email: string } }).account.email).toBe("noe@example.fr");
  });
});
