import { makeWorkerUtils } from "graphile-worker";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listQueuedJobs } from "~/modules/jobs/job-queue.server";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { db } from "~/utils/db.server";
import type { Language } from "~/modules/i18n/languages";
import type { MailData, MailTemplateName } from "../../../emails/templates";
import { queueMail } from "./mail-queue.server";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/test-smtp-server";

/**
 * Mail as a recipient gets it: queued in a transaction, sent by the job worker through
 * nodemailer to a real SMTP server, parsed with mailparser.
 */
const FROM = "Antenne Métropole <noreply@antenne.test>";
const LINK = "https://antenne.example/de/verify-email?token=Zm9v-YmFy_42&source=mail";

const STOP_LINK = "https://antenne.example/de/saved-searches/stop?token=c3RvcC10b2tlbi0xMjM0NTY3ODkw";
const SAVED_SEARCH_MAIL: MailData<"saved-search-matches"> = {
  name: "Lena",
  search: "Koch",
  total: 3,
  totalIsExact: true,
  offers: [
    {
      title: "Commis de cuisine",
      company: "Hôtel de la Plage",
      place: "Caen",
      url: "https://antenne.example/de/offers/commis-de-cuisine-1042",
    },
  ],
  searchUrl: LINK,
  stopUrl: STOP_LINK,
};

/** What the three application mails share. */
const APPLICATION = {
  studentName: "Chloé Martin",
  companyName: "Atelier Lenoir",
  offerTitle: "Stage en menuiserie",
  period: "3 mai – 25 juin 2027",
  url: LINK,
};

let smtp: TestSmtpServer;
const databaseUrl = () => process.env.DATABASE_URL ?? "";

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = FROM;
});

afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  smtp.received.length = 0;
  await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
});

/**
 * A header as it was sent. mailparser files List-* headers under "list" in `headers`, so
 * `headers.has("list-unsubscribe")` is false even when the header is there; the raw lines are not.
 */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "");
}

function onlyMail(): ParsedMail {
  expect(smtp.received).toHaveLength(1);
  return smtp.received[0] as ParsedMail;
}

interface Case<Name extends MailTemplateName> {
  template: Name;
  language: Language;
  data: MailData<Name>;
  subject: string;
  /** Lines of the text part that must be there, in the recipient's language. */
  lines: string[];
  footer: string;
}

const cases = [
  {
    template: "verify-email",
    language: "de",
    data: { name: "Lena Krüger", url: LINK },
    subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
    lines: ["Guten Tag Lena Krüger,", "E-Mail-Adresse bestätigen:", "Viele Grüße"],
    footer: "Sie erhalten diese E-Mail, weil diese Adresse bei der Antenne Métropole für ein Konto angegeben wurde.",
  } satisfies Case<"verify-email">,
  {
    template: "password-reset",
    language: "fr",
    data: { name: "Chloé Martin", url: LINK, validHours: 2 },
    subject: "Réinitialisation de votre mot de passe",
    lines: ["Bonjour Chloé Martin,", "Ce lien est valable 2 heures.", "Choisir un nouveau mot de passe\u00a0:"],
    footer: "Vous recevez cet e-mail parce qu’un nouveau mot de passe a été demandé",
  } satisfies Case<"password-reset">,
  {
    template: "guardian-consent",
    language: "en",
    data: { studentName: "Lucas Petit", guardianName: "Sophie Petit", url: LINK },
    subject: "Your consent for Lucas Petit’s account",
    lines: [
      "Hello Sophie Petit,",
      "For families in France\nIn France, the young person and a parent confirm together: please open the link with Lucas Petit",
      "Review and confirm the account:",
    ],
    footer: "You are receiving this email because Lucas Petit gave your address",
  } satisfies Case<"guardian-consent">,
  {
    template: "company-invite",
    language: "de",
    data: { companyName: "Bäckerei Sonnenschein GmbH", inviterName: "Jonas Weber", url: LINK },
    subject: "Einladung in ein Unternehmensteam auf der Antenne Métropole",
    lines: ["Guten Tag,", "dem Team von Bäckerei Sonnenschein GmbH", "Einladung annehmen:"],
    footer: "weil Jonas Weber Ihre Adresse angegeben hat, um Sie zu Bäckerei Sonnenschein GmbH einzuladen.",
  } satisfies Case<"company-invite">,
];

describe("mail through SMTP", () => {
  it.each(cases)("sends $template in $language with both parts, the exact link and no bulk headers", async (mail) => {
    await queueMail(db(), {
      template: mail.template,
      to: "empfaenger@example.org",
      language: mail.language,
      data: mail.data,
    } as never);
    await runQueuedJobs(databaseUrl());

    const received = onlyMail();
    expect(received.from?.value).toEqual([{ name: "Antenne Métropole", address: "noreply@antenne.test" }]);
    expect(received.to).toMatchObject({ value: [{ address: "empfaenger@example.org" }] });
    expect(received.subject).toBe(mail.subject);
    expect(received.headers.get("content-language")).toBe(mail.language);

    const text = received.text ?? "";
    for (const line of mail.lines) expect(text).toContain(line);
    expect(text).toContain(`\n${LINK}\n`);
    expect(text).toContain("Metropolregion Hannover Braunschweig Göttingen Wolfsburg");
    expect(text).toContain(mail.footer);

    const html = received.html || "";
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${mail.language}"`));
    expect(html).toContain(`href="${LINK.replace(/&/g, "&amp;")}"`);
    expect(html).toContain(mail.lines[0]);
    expect(html).toContain(mail.footer);

    expect(rawHeader(received, "list-unsubscribe")).toBeUndefined();
    expect(rawHeader(received, "list-unsubscribe-post")).toBeUndefined();
    expect(received.headers.has("precedence")).toBe(false);
  });

  it("gives every mail its subject in German, French and English", async () => {
    const subjects: Record<MailTemplateName, Record<Language, string>> = {
      "verify-email": {
        de: "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        fr: "Confirmez votre adresse e-mail",
        en: "Please confirm your email address",
      },
      "password-reset": {
        de: "Passwort zurücksetzen",
        fr: "Réinitialisation de votre mot de passe",
        en: "Reset your password",
      },
      "account-exists": {
        de: "Sie haben bereits ein Konto bei der Antenne Métropole",
        fr: "Vous avez déjà un compte sur l’Antenne Métropole",
        en: "You already have an account on Antenne Métropole",
      },
      "guardian-consent": {
        de: "Ihre Zustimmung zum Konto von Lucas Petit",
        fr: "Lucas Petit attend votre accord pour son compte",
        en: "Your consent for Lucas Petit’s account",
      },
      "company-invite": {
        de: "Einladung in ein Unternehmensteam auf der Antenne Métropole",
        fr: "Invitation à rejoindre l’équipe d’une entreprise sur l’Antenne Métropole",
        en: "Invitation to join a company team on Antenne Métropole",
      },
      "organiser-invite": {
        de: "Einladung in ein Veranstalterteam auf der Antenne Métropole",
        fr: "Invitation à rejoindre l’équipe d’un organisateur sur l’Antenne Métropole",
        en: "Invitation to join an organiser team on Antenne Métropole",
      },
      "company-review": {
        de: "Atelier Lenoir ist auf der Antenne Métropole bestätigt",
        fr: "Atelier Lenoir est vérifiée sur l’Antenne Métropole",
        en: "Atelier Lenoir is verified on Antenne Métropole",
      },
      "offer-review": {
        de: "Ihr Angebot „Stage en menuiserie“ ist online",
        fr: "Votre offre «\u00a0Stage en menuiserie\u00a0» est en ligne",
        en: "Your offer “Stage en menuiserie” is online",
      },
      "saved-search-matches": {
        de: "3 neue Praktikumsangebote: Koch",
        fr: "3 nouvelles offres de stage\u00a0: Koch",
        en: "3 new internship offers: Koch",
      },
      "application-company": {
        de: "Neue Bewerbung von Chloé Martin: „Stage en menuiserie“",
        fr: "Nouvelle candidature pour «\u00a0Stage en menuiserie\u00a0»\u00a0: Chloé Martin",
        en: "New application from Chloé Martin: “Stage en menuiserie”",
      },
      "application-status": {
        de: "Zusage: Atelier Lenoir nimmt Ihre Bewerbung für „Stage en menuiserie“ an",
        fr: "Candidature acceptée\u00a0: Atelier Lenoir vous accueille pour «\u00a0Stage en menuiserie\u00a0»",
        en: "Accepted: Atelier Lenoir welcomes you for “Stage en menuiserie”",
      },
      "coordinator-confirmed": {
        de: "Koordination bestätigt: Lycée Colbert",
        fr: "Coordination des stages confirmée\u00a0: Lycée Colbert",
        en: "You now coordinate Lycée Colbert on Antenne Métropole",
      },
      "application-coordinator": {
        de: "Zusage für Chloé Martin: „Stage en menuiserie“ bei Atelier Lenoir",
        fr: "Candidature acceptée pour Chloé Martin\u00a0: «\u00a0Stage en menuiserie\u00a0» chez Atelier Lenoir",
        en: "Chloé Martin has been accepted: “Stage en menuiserie” at Atelier Lenoir",
      },
      "agreement-party": {
        de: "Praktikumsvereinbarung zum Unterschreiben: Chloé Martin, Atelier Lenoir",
        fr: "Convention de stage à signer\u00a0: Chloé Martin, Atelier Lenoir",
        en: "Internship agreement to sign: Chloé Martin, Atelier Lenoir",
      },
      "agreement-scan-rejected": {
        de: "Ihre unterschriebene Kopie wurde nicht angenommen: Chloé Martin, Atelier Lenoir",
        fr: "Votre copie signée n’a pas été acceptée\u00a0: Chloé Martin, Atelier Lenoir",
        en: "Your signed copy was not accepted: Chloé Martin, Atelier Lenoir",
      },
      "newsletter-confirm": {
        de: "Bitte bestätigen Sie Ihr Newsletter-Abonnement",
        fr: "Confirmez votre abonnement à la lettre d’information",
        en: "Please confirm your newsletter subscription",
      },
      "organiser-review": {
        de: "Ciné Lumière ist auf der Antenne Métropole bestätigt",
        fr: "Ciné Lumière est vérifiée sur l’Antenne Métropole",
        en: "Ciné Lumière is verified on Antenne Métropole",
      },
      "event-review": {
        de: "„Filmabend“ ist im Kalender veröffentlicht",
        fr: "«\u00a0Filmabend\u00a0» est publié dans l’agenda",
        en: "“Filmabend” is published in the calendar",
      },
      "edition-invitation": {
        de: "Deutsch-Französischer Tag 2028: Machen Sie wieder mit!",
        fr: "Journée franco-allemande 2028\u00a0: participez à nouveau\u202f!",
        en: "Franco-German Day 2028: take part again!",
      },
      registration: {
        de: "Anmeldung bestätigt: Journée franco-allemande",
        fr: "Inscription confirmée\u00a0: Journée franco-allemande",
        en: "Registration confirmed: Journée franco-allemande",
      },
    };
    const data: { [Name in MailTemplateName]: MailData<Name> } = {
      "verify-email": { name: "Lena", url: LINK },
      "password-reset": { name: "Lena", url: LINK, validHours: 24 },
      "account-exists": { name: "Lena", url: LINK },
      "guardian-consent": { studentName: "Lucas Petit", guardianName: "Sophie Petit", url: LINK },
      "company-invite": { companyName: "Atelier Lenoir", inviterName: "Jonas Weber", url: LINK },
      "organiser-invite": { organiserName: "Ciné Lumière", inviterName: "Claire Durand", url: LINK },
      "company-review": { name: "Jonas Weber", companyName: "Atelier Lenoir", decision: "VERIFIED", url: LINK },
      "offer-review": {
        name: "Jonas Weber",
        companyName: "Atelier Lenoir",
        offerTitle: "Stage en menuiserie",
        decision: "PUBLISHED",
        url: LINK,
      },
      "saved-search-matches": SAVED_SEARCH_MAIL,
      "application-company": { ...APPLICATION, name: "Jonas Weber", event: "SUBMITTED" },
      "application-status": { ...APPLICATION, name: "Chloé Martin", status: "ACCEPTED" },
      "application-coordinator": { ...APPLICATION, name: "Anne Leroy", schoolName: "Lycée Colbert" },
      "newsletter-confirm": { url: LINK },
      "organiser-review": { name: "Claire Durand", organiserName: "Ciné Lumière", decision: "VERIFIED", url: LINK },
      "event-review": {
        name: "Claire Durand",
        organiserName: "Ciné Lumière",
        eventTitle: "Filmabend",
        decision: "PUBLISHED",
        url: LINK,
      },
      "edition-invitation": { organiserName: "Kino im Sprengel", year: 2028, lastYear: 2027, url: LINK },
      registration: {
        notice: "confirmed",
        name: "Chloé Martin",
        eventTitle: "Journée franco-allemande",
        when: "22. Januar 2027, 10:00–12:00",
        headCount: 1,
        url: LINK,
      },
      "coordinator-confirmed": { name: "Anne Leroy", schoolName: "Lycée Colbert", url: LINK },
      "agreement-party": {
        name: "Anne Leroy",
        event: "SIGN",
        learnerName: "Chloé Martin",
        companyName: "Atelier Lenoir",
        url: LINK,
      },
      "agreement-scan-rejected": {
        name: "Anne Leroy",
        learnerName: "Chloé Martin",
        companyName: "Atelier Lenoir",
        reason: "unreadable",
        url: LINK,
      },
    };
    for (const template of Object.keys(subjects) as MailTemplateName[]) {
      for (const language of ["de", "fr", "en"] as const) {
        const to = `${template}.${language}@example.org`;
        await queueMail(db(), { template, to, language, data: data[template] } as never);
      }
    }
    await runQueuedJobs(databaseUrl());

    const got = Object.fromEntries(
      smtp.received.map((mail) => [mail.to && !Array.isArray(mail.to) ? mail.to.text : "", mail.subject]),
    );
    for (const [template, byLanguage] of Object.entries(subjects)) {
      for (const [language, subject] of Object.entries(byLanguage)) {
        expect(got[`${template}.${language}@example.org`], `${template} in ${language}`).toBe(subject);
      }
    }
    expect(smtp.received).toHaveLength(60);
  });
});

describe("saved-search alerts", () => {
  it("carry a one-click List-Unsubscribe with the stop link, unlike transactional mail", async () => {
    await queueMail(db(), {
      template: "saved-search-matches",
      to: "lena@example.org",
      language: "de",
      data: SAVED_SEARCH_MAIL,
    });
    await runQueuedJobs(databaseUrl());

    const received = onlyMail();
    expect(rawHeader(received, "list-unsubscribe")).toBe(`<${STOP_LINK}>`);
    expect(rawHeader(received, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(received.text).toContain(`\n${STOP_LINK}\n`);
    expect(received.text).toContain("Commis de cuisine\nHôtel de la Plage, Caen\n");
    expect(received.headers.has("precedence")).toBe(false);
  });
});

describe("mail and transactions", () => {
  it("never sends a mail whose transaction rolled back, and sends one whose transaction committed", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await queueMail(tx, {
          template: "verify-email",
          to: "rolled-back@example.org",
          language: "de",
          data: { name: "A", url: LINK },
        });
        throw new Error("sign-up failed after the mail was queued");
      }),
    ).rejects.toThrow("sign-up failed");
    await db().$transaction(async (tx) => {
      await queueMail(tx, {
        template: "verify-email",
        to: "committed@example.org",
        language: "de",
        data: { name: "B", url: LINK },
      });
    });

    await runQueuedJobs(databaseUrl());

    expect(onlyMail().to).toMatchObject({ text: "committed@example.org" });
    expect(await listQueuedJobs(db())).toEqual([]);
  });

  it("refuses incomplete or unsafe data when queueing, so the caller's transaction fails", async () => {
    await expect(
      // @ts-expect-error -- the link is missing: the template registry makes this a type error
      queueMail(db(), { template: "verify-email", to: "x@example.org", language: "de", data: { name: "Lena" } }),
    ).rejects.toThrow(/verify-email/);
    await expect(
      queueMail(db(), {
        template: "verify-email",
        to: "x@example.org",
        language: "de",
        data: { name: "Lena", url: "javascript:alert(1)" },
      }),
    ).rejects.toThrow(/http\(s\) link/);
    await expect(
      queueMail(db(), {
        template: "verify-email",
        to: "not an address",
        language: "de",
        data: { name: "Lena", url: LINK },
      }),
    ).rejects.toThrow(/mail\.send/);
    expect(await listQueuedJobs(db())).toEqual([]);
  });
});

describe("mail when the SMTP server refuses", () => {
  it("keeps the job queued for a later attempt and sends it on that attempt", async () => {
    smtp.rejectNext(1);
    await queueMail(db(), {
      template: "password-reset",
      to: "later@example.org",
      language: "en",
      data: { name: "Tom", url: LINK, validHours: 1 },
    });

    await runQueuedJobs(databaseUrl());

    expect(smtp.received).toEqual([]);
    const [job, ...others] = await listQueuedJobs(db(), { task: "mail.send" });
    expect(others).toEqual([]);
    expect(job).toMatchObject({ attempts: 1, maxAttempts: 10, lastError: expect.stringContaining("451") });
    const [{ due }] = await db().$queryRaw<[{ due: boolean }]>`
      SELECT run_at > now() AS due FROM graphile_worker.jobs WHERE id = ${job?.id}::bigint`;
    expect(due, "the retry is scheduled for later, not now").toBe(true);

    // Instead of waiting for the backoff, bring the retry forward as an operator could.
    const utils = await makeWorkerUtils({ connectionString: databaseUrl() });
    await utils.rescheduleJobs([job?.id ?? ""], { runAt: new Date() });
    await utils.release();
    await runQueuedJobs(databaseUrl());

    expect(onlyMail()).toMatchObject({ subject: "Reset your password", to: { text: "later@example.org" } });
    expect(onlyMail().text).toContain("The link is valid for 1 hour.");
    expect(await listQueuedJobs(db())).toEqual([]);
  });
});
