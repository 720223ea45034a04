import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { eraseAccount } from "~/modules/accounts/account-deletion.server";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, multipartArgs, person, routeArgs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { parseSubscriberCsv } from "./subscriber-csv";
import { suppressNewsletterAddress } from "./subscribers.server";
import {
  subscribersExportLoader,
  subscribersStaffAction,
  subscribersStaffLoader,
} from "./subscribers-staff-page.server";

/**
 * The staff's CSV import and export through the page's loader and action: what is added, what
 * gets a confirmation mail, what is never added back, and a file with a bad line changing nothing.
 */
beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe(`TRUNCATE newsletter_subscriber, newsletter_suppression, email_suppression CASCADE`);
});

async function staffCookie() {
  return cookieOf((await person("anna@antenne.example", "STAFF")).id);
}

async function importFile(cookie: string, csv: string) {
  const file = new File([csv], "liste.csv", { type: "text/csv" });
  return answerOf(
    subscribersStaffAction(multipartArgs("/fr/staff/newsletter/subscribers", cookie, { file }, { lang: "fr" })),
  );
}

const dataOf = (answer: unknown) => (answer as { data: unknown }).data;

describe("importing a subscriber list", () => {
  it("adds rows with evidence as confirmed, mails the rest and never adds blocked addresses back", async () => {
    const cookie = await staffCookie();
    await db().newsletterSubscriber.create({
      data: { email: "deja@example.fr", language: "FR", signupLanguage: "fr", topics: ["events"], status: "CONFIRMED" },
    });
    await db().$transaction((tx) => suppressNewsletterAddress(tx, "parti@example.fr", "UNSUBSCRIBE"));
    const erased = await person("efface@example.fr", "STUDENT");
    await db().$transaction((tx) => eraseAccount(tx, { id: erased.id, email: "efface@example.fr" }));

    const csv = [
      "email;language;topics;consent_date;consent_source",
      "Marie@Example.fr;fr;events; 2025-03-14;Salon Expolangues Paris",
      "jonas@example.de;both;;;",
      "deja@example.fr;fr;events;2024-01-01;Formulaire papier",
      "parti@example.fr;de;;2024-01-01;Formulaire papier",
      "efface@example.fr;de;;2024-01-01;Formulaire papier",
    ].join("\r\n");
    const answer = await importFile(cookie, csv);
    expect(dataOf(answer)).toEqual({
      ok: true,
      result: { confirmed: 1, confirmationSent: 1, alreadySubscribed: 1, blocked: 2 },
    });

    const marie = await db().newsletterSubscriber.findUniqueOrThrow({
      where: { email: "marie@example.fr" },
      include: { consents: true },
    });
    expect(marie).toMatchObject({ status: "CONFIRMED", language: "FR", topics: ["events"] });
    expect(marie.consents).toEqual([
      expect.objectContaining({ source: "IMPORT", evidence: "Salon Expolangues Paris", language: "fr" }),
    ]);
    expect(marie.consents[0]!.givenAt.toISOString()).toBe("2025-03-14T00:00:00.000Z");

    const jonas = await db().newsletterSubscriber.findUniqueOrThrow({ where: { email: "jonas@example.de" } });
    expect(jonas).toMatchObject({ status: "PENDING", language: "BOTH" });
    expect(jonas.topics.sort()).toEqual(["events", "internships", "programmes"]);
    const mails = await queuedMails();
    expect(mails.map((mail) => [mail.template, mail.to])).toEqual([["newsletter-confirm", "jonas@example.de"]]);

    expect(await db().newsletterSubscriber.findUnique({ where: { email: "parti@example.fr" } })).toBeNull();
    expect(await db().newsletterSubscriber.findUnique({ where: { email: "efface@example.fr" } })).toBeNull();
  });

  it("refuses a file with a bad line, naming each line, and imports nothing", async () => {
    const cookie = await staffCookie();
    const csv = [
      "E-mail,Langue,Thèmes,Consentement le,Consentement via",
      "ok@example.fr,fr,,2025-01-02,Stand",
      "",
      "pas-une-adresse,fr,,2025-01-02,Stand",
      "claire@example.fr,italien,,2025-01-02,Stand",
      "luc@example.fr,fr,,2025-01-02,",
      "ok@example.fr,de,,,",
    ].join("\n");
    const answer = await importFile(cookie, csv);
    expect((answer as { init: { status: number } }).init.status).toBe(400);
    expect(dataOf(answer)).toEqual({
      ok: false,
      problems: [
        { line: 4, error: "email", column: "email" },
        { line: 5, error: "language", column: "language" },
        { line: 6, error: "evidencePair", column: "consent_source" },
        { line: 7, error: "duplicate", column: "email" },
      ],
    });
    expect(await db().newsletterSubscriber.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
  });

  it("refuses a file without the consent columns", async () => {
    expect(parseSubscriberCsv("email,language\na@b.de,de\n")).toEqual({
      ok: false,
      problems: [{ line: 1, error: "columns", column: "consent_date" }],
    });
  });

  it("is closed to everyone but staff", async () => {
    const student = await person("lena@example.de", "STUDENT");
    const file = new File(["email\n"], "x.csv");
    const args = multipartArgs(
      "/de/staff/newsletter/subscribers",
      await cookieOf(student.id),
      { file },
      { lang: "de" },
    );
    expect(((await answerOf(subscribersStaffAction(args))) as Response).status).toBe(403);
    const exported = await answerOf(
      subscribersExportLoader(routeArgs("/de/staff/newsletter/subscribers.csv", undefined, undefined, { lang: "de" })),
    );
    expect((exported as Response).status).toBe(302);
  });
});

describe("exporting and finding subscribers", () => {
  it("exports the confirmed list as UTF-8 with BOM in the staff's language, ready to import again", async () => {
    const cookie = await staffCookie();
    await importFile(
      cookie,
      "email,language,topics,consent_date,consent_source\nelodie@example.fr,fr,events;programmes,2025-05-01,Forum Saarbrücken\nnils@example.de,de,,,\n",
    );
    const response = (await subscribersExportLoader(
      routeArgs("/de/staff/newsletter/subscribers.csv", cookie, undefined, { lang: "de" }),
    )) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parse(text, { bom: true, delimiter: ";" }) as string[][];
    expect(rows[0]).toEqual([
      "E-Mail",
      "Sprache",
      "Themen",
      "Einwilligung am",
      "Einwilligung über",
      "Status",
      "Bestätigt am",
    ]);
    // Only the confirmed subscriber; the one waiting for confirmation is not on the list yet.
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ["elodie@example.fr", "fr", "events; programmes", "2025-05-01", "Forum Saarbrücken"],
    ]);
    expect(parseSubscriberCsv(text)).toMatchObject({ ok: true, rows: [{ email: "elodie@example.fr" }] });
    expect(await db().auditLogEntry.count({ where: { action: "newsletter.subscribers.export" } })).toBe(1);
  });

  it("shows a subscriber's consent records to staff", async () => {
    const cookie = await staffCookie();
    await importFile(
      cookie,
      "email,language,topics,consent_date,consent_source\nmarc@example.fr,fr,,2025-05-01,Forum\n",
    );
    const page = (await subscribersStaffLoader(
      routeArgs("/fr/staff/newsletter/subscribers?q=marc", cookie, undefined, { lang: "fr" }),
    )) as { found: { email: string; status: string; consents: { source: string; evidence: string }[] }[] };
    expect(page.found).toEqual([
      expect.objectContaining({
        email: "marc@example.fr",
        status: "CONFIRMED",
        consents: [expect.objectContaining({ source: "IMPORT", evidence: "Forum" })],
      }),
    ]);
  });
});
