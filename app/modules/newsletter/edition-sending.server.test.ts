import crypto from "node:crypto";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { person } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/test-smtp-server";
import type { EditionBlock } from "./edition-blocks";
import {
  approveEdition,
  createEdition,
  EditionRefused,
  editionProgress,
  loadEdition,
  releaseDueEditions,
  saveEdition,
  scheduleEdition,
} from "./editions.server";
import {
  createSmtpSenderTransport,
  newsletterMessageId,
  sendEdition,
  type SenderOptions,
  type SenderTransport,
} from "./newsletter-sender.server";

/**
 * An edition from the editor to the reader's inbox: the parity check and the second staff
 * member's approval, the release, and the sender talking to a real SMTP server; every mail is
 * read back with mailparser.
 */
let smtp: TestSmtpServer;
let transport: SenderTransport;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  transport = createSmtpSenderTransport(smtp.url, 3);
});

afterAll(async () => {
  transport.close();
  await smtp.close();
});

beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe(
    `TRUNCATE newsletter_subscriber, newsletter_suppression, newsletter_edition, email_suppression CASCADE`,
  );
  smtp.received.length = 0;
  smtp.rejectNext(0);
  smtp.beforeAccept(null);
});

const options = (overrides: Partial<SenderOptions> = {}): SenderOptions => ({
  concurrency: 3,
  perSecond: 1000,
  perHour: 100_000,
  leaseMs: 60_000,
  maxFailuresInARow: 20,
  maxAttempts: 5,
  stopAfterMs: 60_000,
  transport,
  ...overrides,
});

const written = (id: string, de: string, fr: string): EditionBlock => ({
  id,
  kind: "editorial",
  de: { title: de ? "Hallo" : "", markdown: de },
  fr: { title: fr ? "Bonjour" : "", markdown: fr },
});

async function subscriber(email: string, language: "DE" | "FR" | "BOTH", extra: Record<string, unknown> = {}) {
  return db().newsletterSubscriber.create({
    data: {
      email,
      language,
      signupLanguage: language === "FR" ? "fr" : "de",
      topics: ["events", "internships", "programmes"],
      status: "CONFIRMED",
      confirmedAt: new Date(),
      ...extra,
    },
  });
}

/** An edition written by one staff member and approved by another, released now. */
async function releasedEdition() {
  const author = await person("anna@antenne.example", "STAFF");
  const approver = await person("paul@antenne.example", "STAFF");
  const edition = await createEdition(author.id, "2026-12");
  await saveEdition(edition.id, author.id, {
    subjectDe: "Dezember-Ausgabe",
    subjectFr: "Numéro de décembre",
    blocks: [written("intro", "Frohe **Feiertage**!", "Joyeuses **fêtes**\u202f!")],
  });
  await approveEdition(edition.id, approver.id);
  await scheduleEdition(edition.id, author.id, new Date());
  await releaseDueEditions(new Date(Date.now() + 1000));
  return edition;
}

const mailTo = (address: string) => {
  const mail = smtp.received.find((received) => received.to && "text" in received.to && received.to.text === address);
  if (!mail) throw new Error(`no mail to ${address}`);
  return mail;
};
const header = (mail: ParsedMail, name: string) => {
  const line = mail.headerLines.find((entry) => entry.key === name);
  // Long header lines are folded; unfold them as a mail client does.
  return line
    ? line.line
        .slice(line.line.indexOf(":") + 1)
        .replace(/\r?\n\s+/g, " ")
        .trim()
    : undefined;
};

describe("composing and approving an edition", () => {
  it("blocks approval until German is there, and never lets the author approve alone", async () => {
    const author = await person("anna@antenne.example", "STAFF");
    const approver = await person("paul@antenne.example", "STAFF");
    const edition = await createEdition(author.id, "2026-12");
    await saveEdition(edition.id, author.id, {
      subjectDe: "",
      subjectFr: "Numéro de décembre",
      blocks: [written("intro", "", "Joyeuses fêtes")],
    });
    const loaded = await loadEdition(edition.id);
    expect(loaded?.gaps.map((gap) => [gap.where, gap.missing])).toEqual([
      ["subject", ["de"]],
      ["intro", ["de"]],
    ]);
    await expect(approveEdition(edition.id, approver.id)).rejects.toThrow(new EditionRefused("parity"));

    await saveEdition(edition.id, author.id, {
      subjectDe: "Dezember-Ausgabe",
      subjectFr: "Numéro de décembre",
      blocks: [written("intro", "Frohe Feiertage", "Joyeuses fêtes")],
    });
    await expect(approveEdition(edition.id, author.id)).rejects.toThrow(new EditionRefused("ownEdition"));
    await expect(scheduleEdition(edition.id, author.id, new Date())).rejects.toThrow(new EditionRefused("notApproved"));
    await approveEdition(edition.id, approver.id);
    await scheduleEdition(edition.id, author.id, new Date());

    const log = await db().auditLogEntry.findMany({ where: { targetId: edition.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["newsletter.edition.create", author.id],
      ["newsletter.edition.edit", author.id],
      ["newsletter.edition.edit", author.id],
      ["newsletter.edition.approve", approver.id],
      ["newsletter.edition.schedule", author.id],
    ]);
  });
});

describe("sending an edition", () => {
  it("mails each confirmed reader in their languages, with list headers and both parts", async () => {
    const lena = await subscriber("lena@example.de", "DE");
    await subscriber("chloe@example.fr", "FR");
    await subscriber("both-fr@example.fr", "BOTH", { country: "FR" });
    await subscriber("both-de@example.de", "BOTH", { country: "DE" });
    await subscriber("pending@example.de", "DE", { status: "PENDING", confirmedAt: null });
    await subscriber("gone@example.de", "DE", { status: "UNSUBSCRIBED" });
    const edition = await releasedEdition();
    expect(await db().newsletterDelivery.count()).toBe(4);

    expect(await sendEdition(edition.id, options())).toBe("finished");
    expect(smtp.received).toHaveLength(4);
    expect((await db().newsletterEdition.findUniqueOrThrow({ where: { id: edition.id } })).status).toBe("SENT");

    const german = mailTo("lena@example.de");
    expect(german.subject).toBe("Dezember-Ausgabe");
    expect(german.text).toContain("Frohe Feiertage!");
    expect(german.text).not.toContain("Joyeuses");
    expect(german.html).toContain('lang="de"');
    expect(german.html).toContain("<strong>Feiertage</strong>");
    expect(german.messageId).toBe(newsletterMessageId(edition.id, lena.id));
    expect(header(german, "list-unsubscribe")).toMatch(
      /^<https?:\/\/[^>]+\/de\/newsletter\/unsubscribe\?s=[^>]+>, <mailto:[^>]+>$/,
    );
    expect(header(german, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(header(german, "precedence")).toBe("bulk");
    expect(header(german, "list-id")).toBe("Antenne Metropole Newsletter <newsletter.antenne.example>");

    expect(mailTo("chloe@example.fr").subject).toBe("Numéro de décembre");
    expect(mailTo("chloe@example.fr").text).not.toContain("Frohe");

    // "Both" readers get one mail with both languages: French first in France, German first in Germany.
    const inFrance = mailTo("both-fr@example.fr");
    expect(inFrance.subject).toBe("Numéro de décembre | Dezember-Ausgabe");
    expect(inFrance.text!.indexOf("Joyeuses")).toBeLessThan(inFrance.text!.indexOf("Frohe"));
    const inGermany = mailTo("both-de@example.de");
    expect(inGermany.text!.indexOf("Frohe")).toBeLessThan(inGermany.text!.indexOf("Joyeuses"));
    expect(inGermany.html).toMatch(/<td lang="de"[\s\S]*<td lang="fr"/);

    // Nothing loaded from elsewhere, no tracking: no images at all.
    expect(german.html).not.toMatch(/<img/i);
    expect(await editionProgress(edition.id)).toMatchObject({ total: 4, sent: 4, waiting: 0, failed: 0 });
  });

  it("sends again, with the same Message-ID, only what a dead sender had in flight", async () => {
    const readers = await Promise.all([1, 2, 3, 4, 5].map((n) => subscriber(`reader${n}@example.de`, "DE")));
    const edition = await releasedEdition();
    // A sender died: two rows were sent, one was claimed and in flight, the rest wait.
    const rows = await db().newsletterDelivery.findMany({ orderBy: { id: "asc" } });
    await db().newsletterDelivery.updateMany({
      where: { id: { in: [rows[0]!.id, rows[1]!.id] } },
      data: { status: "SENT", sentAt: new Date() },
    });
    await db().newsletterDelivery.update({
      where: { id: rows[2]!.id },
      data: { status: "SENDING", claimedAt: new Date(Date.now() - 120_000), attempts: 1 },
    });

    expect(await sendEdition(edition.id, options())).toBe("finished");
    const inFlight = readers.find((reader) => reader.id === rows[2]!.subscriberId)!;
    expect(smtp.received.map((mail) => mail.messageId).sort()).toEqual(
      rows
        .slice(2)
        .map((row) => newsletterMessageId(edition.id, row.subscriberId))
        .sort(),
    );
    expect(mailTo(inFlight.email).messageId).toBe(newsletterMessageId(edition.id, inFlight.id));
  });

  it("never sends a row twice while it waits in the sender's own queue past the lease", async () => {
    await Promise.all(Array.from({ length: 40 }, (_, n) => subscriber(`queued${n}@example.de`, "DE")));
    const edition = await releasedEdition();
    // A lease far shorter than a row waits in the queue: only a dead sender's rows may be taken back.
    expect(await sendEdition(edition.id, options({ leaseMs: 1, perSecond: 400 }))).toBe("finished");
    const ids = smtp.received.map((mail) => mail.messageId);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it("has a connection's last mail marked sent before the server can accept its next", async () => {
    await Promise.all(Array.from({ length: 6 }, (_, n) => subscriber(`order${n}@example.de`, "DE")));
    const edition = await releasedEdition();
    // Accepted by the server but not marked in the database: what a kill now would send twice.
    const unmarked: number[] = [];
    smtp.beforeAccept(async () => {
      unmarked.push(smtp.received.length - (await db().newsletterDelivery.count({ where: { status: "SENT" } })));
    });
    expect(await sendEdition(edition.id, options({ concurrency: 1 }))).toBe("finished");
    expect(unmarked).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await db().newsletterDelivery.count({ where: { status: "SENT" } })).toBe(6);
  });

  it("lets no connection deliver its next mail before the last one is marked sent", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, n) => subscriber(`held${n}@example.de`, "DE")));
    const edition = await releasedEdition();
    const sending = sendEdition(edition.id, options());
    while (smtp.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Marks cannot be written for a while (the rows are all claimed by now): a kill in this
    // window may re-send only what each connection had accepted and not marked, one each.
    const duringTheLock = await db().$transaction(
      async (tx) => {
        await tx.$executeRaw`LOCK TABLE newsletter_delivery IN SHARE MODE`;
        const before = smtp.received.length;
        await new Promise((resolve) => setTimeout(resolve, 600));
        return smtp.received.length - before;
      },
      { timeout: 10_000 },
    );
    expect(duringTheLock).toBeLessThanOrEqual(3);
    expect(await sending).toBe("finished");
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(20);
    expect(smtp.received).toHaveLength(20);
  });

  it("signs each mail with DKIM when a key is configured", async () => {
    const { privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
    const signing = createSmtpSenderTransport(smtp.url, 2, {
      domainName: "antenne.example",
      keySelector: "news2026",
      privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    });
    try {
      await Promise.all(["a", "b"].map((name) => subscriber(`${name}@example.de`, "DE")));
      const edition = await releasedEdition();
      expect(await sendEdition(edition.id, options({ transport: signing }))).toBe("finished");
    } finally {
      signing.close();
    }
    expect(smtp.received).toHaveLength(2);
    for (const mail of smtp.received) {
      const signature = header(mail, "dkim-signature") ?? "";
      expect(signature).toMatch(/\bd=antenne\.example;/);
      expect(signature).toMatch(/\bs=news2026;/);
      expect(signature).toMatch(/\bh=[^;]*From:[^;]*Subject:/i);
      expect(mail.text).toContain("Frohe Feiertage!");
    }
  });

  it("retries a temporary failure later and pauses the edition after too many in a row", async () => {
    await Promise.all([1, 2, 3, 4].map((n) => subscriber(`reader${n}@example.de`, "DE")));
    const edition = await releasedEdition();
    smtp.rejectNext(1);
    await sendEdition(edition.id, options({ concurrency: 1, stopAfterMs: 2_000 }));
    const waiting = await db().newsletterDelivery.findMany({ where: { status: "WAITING" } });
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(smtp.received).toHaveLength(3);

    // The retry is due, and the server keeps refusing: the edition pauses itself.
    await db().newsletterDelivery.updateMany({ where: { status: "WAITING" }, data: { nextAttemptAt: new Date() } });
    const second = await releasedEditionForMonth("2027-01");
    await Promise.all([5, 6, 7].map((n) => subscriber(`late${n}@example.de`, "DE")));
    await releaseDueEditions(new Date(Date.now() + 1000));
    smtp.rejectNext(10);
    expect(await sendEdition(second, options({ concurrency: 1, maxFailuresInARow: 2 }))).toBe("paused");
    expect((await db().newsletterEdition.findUniqueOrThrow({ where: { id: second } })).status).toBe("PAUSED");
  });
});

async function releasedEditionForMonth(month: string): Promise<string> {
  const author = await db().user.findFirstOrThrow({ where: { email: "anna@antenne.example" } });
  const approver = await db().user.findFirstOrThrow({ where: { email: "paul@antenne.example" } });
  const edition = await createEdition(author.id, month);
  await saveEdition(edition.id, author.id, {
    subjectDe: "Januar",
    subjectFr: "Janvier",
    blocks: [written("intro", "Hallo", "Bonjour")],
  });
  await approveEdition(edition.id, approver.id);
  await scheduleEdition(edition.id, author.id, new Date());
  return edition.id;
}
