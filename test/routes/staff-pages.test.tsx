import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/client";
import { startSession } from "~/modules/accounts/sessions.server";
import { createOutboxMailer, listOutboxMessages, outboxDirectory } from "~/modules/mail/outbox.server";
import { db } from "~/utils/db.server";
import { resetAccountsAndQueue } from "../support/queued-mails";
import { loader as overviewLoader } from "~/routes/$lang.staff._index";
import { loader as auditLoader } from "~/routes/$lang.staff.audit";
import { loader as messageLoader } from "~/routes/$lang.staff.outbox.$id";
import { loader as outboxLoader } from "~/routes/$lang.staff.outbox._index";
import { loader as personLoader } from "~/routes/$lang.staff.people.$id";
import { loader as peopleLoader } from "~/routes/$lang.staff.people._index";

/**
 * The staff area through its loaders, as a browser with a session cookie reaches it. Mail is
 * written to an outbox in a temporary DATA_DIR, as an installation without SMTP does.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-staff-"));

beforeAll(() => {
  delete process.env.SMTP_URL;
  process.env.DATA_DIR = dataDir;
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
beforeEach(async () => {
  await resetAccountsAndQueue();
  fs.rmSync(outboxDirectory(dataDir), { recursive: true, force: true });
});

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

async function account(role: Role, email: string, displayName: string) {
  return db().user.create({ data: { email, role, displayName, emailVerifiedAt: new Date() } });
}

async function cookieOf(userId: string): Promise<string> {
  return (await startSession(userId, null)).split(";")[0] ?? "";
}

/** Runs a loader for a URL like /de/staff/people/:id; a thrown Response (redirect, 403, 404) is returned too. */
async function visit<T>(loader: (args: LoaderFunctionArgs) => Promise<T>, url: string, cookie?: string) {
  const request = new Request(`http://localhost${url}`, { headers: cookie ? { Cookie: cookie } : {} });
  const [, lang, , section, id] = new URL(request.url).pathname.split("/");
  try {
    return await loader({
      request,
      params: { lang, ...(id ? { id: decodeURIComponent(id) } : {}) },
      context: { requestId: "t" },
    });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw new Error(`loader of ${section ?? "staff"} threw`, { cause: thrown });
  }
}

async function sendMail(to: string, subject: string) {
  const mailer = createOutboxMailer(outboxDirectory(dataDir), "Antenne Métropole <noreply@antenne.test>");
  await mailer.send({ to, subject, text: `Hallo!\n\n${subject}\n`, html: `<p>${subject}</p>` });
  // Outbox ids carry the millisecond; a pause keeps the order of two messages certain.
  await new Promise((resolve) => setTimeout(resolve, 5));
}

async function staffPages() {
  const person = await account("STUDENT", "lena@example.de", "Lena Schulz");
  await sendMail("lena@example.de", "Bitte bestätige deine E-Mail-Adresse");
  const [message] = await listOutboxMessages({ dataDir });
  const pages: [string, Loader][] = [
    ["/de/staff", overviewLoader],
    ["/de/staff/outbox", outboxLoader],
    [`/de/staff/outbox/${message?.id}`, messageLoader],
    ["/de/staff/people?q=lena", peopleLoader],
    [`/de/staff/people/${person.id}`, personLoader],
    ["/de/staff/audit", auditLoader],
  ];
  return pages;
}

describe("access to the staff area", () => {
  it("sends a visitor to log in and back to the page afterwards", async () => {
    for (const [url, loader] of await staffPages()) {
      const answer = await visit(loader, url);
      expect(answer, url).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(302);
      expect((answer as Response).headers.get("Location")).toBe(`/de/login?next=${encodeURIComponent(url)}`);
    }
  });

  it("refuses students, company members and coordinators on every page, and they leave no trace", async () => {
    const pages = await staffPages();
    const others = [
      await account("STUDENT", "schueler@example.de", "Jonas"),
      await account("COMPANY_MEMBER", "firma@example.de", "Frau Weber"),
      await account("COORDINATOR", "lehrkraft@example.de", "Herr Becker"),
    ];
    for (const other of others) {
      const cookie = await cookieOf(other.id);
      for (const [url, loader] of pages) {
        const answer = await visit(loader, url, cookie);
        expect((answer as Response).status, `${other.role} ${url}`).toBe(403);
      }
    }
    expect(await db().auditLogEntry.count()).toBe(0);
  });
});

describe("the staff area for staff", () => {
  async function signedInStaff() {
    const staff = await account("STAFF", "claire@antenne.example", "Claire Dubois");
    return { staff, cookie: await cookieOf(staff.id) };
  }

  it("lists the outbox newest first and shows one message with its headers, text and sandboxed HTML", async () => {
    const { cookie } = await signedInStaff();
    await sendMail("first@example.org", "Erste Nachricht");
    await sendMail("second@example.org", "Zweite Nachricht");

    const list = (await visit(outboxLoader, "/de/staff/outbox", cookie)) as Awaited<ReturnType<typeof outboxLoader>>;
    expect(list.smtp).toBe(false);
    expect(list.meta.title).toBe("Postausgang");
    expect(list.messages.map(({ to, subject }) => ({ to, subject }))).toEqual([
      { to: "second@example.org", subject: "Zweite Nachricht" },
      { to: "first@example.org", subject: "Erste Nachricht" },
    ]);
    expect(list.messages[0]?.date.text).toMatch(/\d{2}:\d{2}/);

    const id = list.messages[1]?.id ?? "";
    const page = (await visit(messageLoader, `/de/staff/outbox/${id}`, cookie)) as Awaited<
      ReturnType<typeof messageLoader>
    >;
    expect(page.message).toMatchObject({
      from: expect.stringContaining("noreply@antenne.test"),
      to: "first@example.org",
      subject: "Erste Nachricht",
      text: expect.stringContaining("Hallo!"),
      html: expect.stringContaining("<p>Erste Nachricht</p>"),
    });
  });

  it("answers 404 for a message that does not exist or an id that is no outbox id", async () => {
    const { cookie } = await signedInStaff();
    for (const id of ["20200101T000000000Z-00000000", "..%2Fsecret", "nothing"]) {
      expect(((await visit(messageLoader, `/de/staff/outbox/${id}`, cookie)) as Response).status, id).toBe(404);
    }
    expect(((await visit(personLoader, "/de/staff/people/not-a-uuid", cookie)) as Response).status).toBe(404);
    expect(await db().auditLogEntry.count()).toBe(0);
  });

  it("says that mail goes out by SMTP when it does, and still lists what the outbox holds", async () => {
    const { cookie } = await signedInStaff();
    await sendMail("old@example.org", "Vor SMTP geschrieben");
    process.env.SMTP_URL = "smtp://mail.antenne.test:587";
    try {
      const list = (await visit(outboxLoader, "/fr/staff/outbox", cookie)) as Awaited<ReturnType<typeof outboxLoader>>;
      expect(list.smtp).toBe(true);
      expect(list.meta.title).toBe("Boîte d’envoi");
      expect(list.messages.map((message) => message.subject)).toEqual(["Vor SMTP geschrieben"]);
    } finally {
      delete process.env.SMTP_URL;
    }
  });

  it("finds people by part of their email or name, in any case", async () => {
    const { cookie } = await signedInStaff();
    await account("STUDENT", "lea.martin@example.fr", "Léa Martin");
    await db().user.create({ data: { email: "jonas@example.de", role: "STUDENT", displayName: "Jonas Weber" } });

    const search = async (q: string) =>
      (await visit(peopleLoader, `/de/staff/people?q=${encodeURIComponent(q)}`, cookie)) as Awaited<
        ReturnType<typeof peopleLoader>
      >;
    const byName = await search("MARTIN");
    expect(byName.people.map((person) => person.email)).toEqual(["lea.martin@example.fr"]);
    expect(byName.people[0]?.role).toBe("STUDENT");
    expect(byName.people[0]?.confirmed).not.toBeNull();

    const byEmail = await search("jonas@");
    expect(byEmail.total).toBe(1);
    expect(byEmail.people[0]).toMatchObject({ displayName: "Jonas Weber", confirmed: null });
    expect((await search("")).total).toBe(3);
  });

  it("shows a person's consent records and guardian status, and writes the view to the audit log", async () => {
    const { staff, cookie } = await signedInStaff();
    const school = await db().school.findFirstOrThrow({ where: { country: "FR" } });
    const student = await account("STUDENT", "junior@example.fr", "Hugo Leroy");
    await db().studentProfile.create({
      data: {
        userId: student.id,
        schoolId: school.id,
        country: "FR",
        birthDate: new Date(`${new Date().getUTCFullYear() - 13}-01-15`),
        training: "CAP Boulangerie",
        trainingYear: 1,
        guardianName: "Claire Leroy",
        guardianEmail: "claire.leroy@example.fr",
      },
    });
    await db().consent.create({
      data: {
        userId: student.id,
        kind: "PRIVACY_NOTICE",
        givenBy: "self",
        textVersion: "2026-11-draft",
        language: "fr",
      },
    });

    const page = (await visit(personLoader, `/en/staff/people/${student.id}`, cookie)) as Awaited<
      ReturnType<typeof personLoader>
    >;
    expect(page.person).toMatchObject({ displayName: "Hugo Leroy", email: "junior@example.fr", role: "STUDENT" });
    expect(page.consents).toMatchObject([
      // Given by the person themselves: staff read the name, not the stored "self".
      { kind: "PRIVACY_NOTICE", givenBy: "Hugo Leroy", textVersion: "2026-11-draft", language: "Français" },
    ]);
    expect(page.guardian).toEqual({
      state: "waiting",
      name: "Claire Leroy",
      email: "claire.leroy@example.fr",
      ownAddress: false,
    });

    const entries = await db().auditLogEntry.findMany();
    expect(entries).toMatchObject([
      { actorId: staff.id, action: "staff.view-consents", targetType: "user", targetId: student.id },
    ]);
  });

  it("lists each read message and viewed person in the audit log, newest first, with who did it", async () => {
    const { cookie } = await signedInStaff();
    const person = await account("COORDINATOR", "lehrkraft@example.de", "Anna Becker");
    await sendMail("lehrkraft@example.de", "Willkommen");
    const [message] = await listOutboxMessages({ dataDir });

    await visit(personLoader, `/de/staff/people/${person.id}`, cookie);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await visit(messageLoader, `/de/staff/outbox/${message?.id}`, cookie);

    const audit = (await visit(auditLoader, "/de/staff/audit", cookie)) as Awaited<ReturnType<typeof auditLoader>>;
    expect(audit.meta.title).toBe("Protokoll");
    expect(audit.entries).toMatchObject([
      {
        actorName: "Claire Dubois",
        action: "staff.read-outbox-message",
        targetType: "outbox-message",
        targetId: message?.id,
        recipients: [{ id: person.id, name: "Anna Becker" }],
        details: null,
      },
      { actorName: "Claire Dubois", action: "staff.view-consents", targetName: "Anna Becker", details: null },
    ]);
    expect(audit.older).toBeNull();
  });
});
