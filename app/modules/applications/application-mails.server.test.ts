import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/test-smtp-server";
import { loadEnv } from "~/utils/env.server";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { renderMail } from "../../../emails/templates";
import { applied, hostCompany, offerOf, student } from "../../../test/support/application-test-setup";
import { moveApplication } from "./applications.server";

/**
 * Application mails as recipients get them: queued by the real moves, sent by the job worker
 * through a real SMTP server, and every variant rendered in every language.
 */
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Antenne Métropole <noreply@antenne.test>";
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  await resetAccountsAndQueue();
});

const to = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : "");

describe("application mails through SMTP", () => {
  it("reach the team in German and French, then the student in French with the company's message", async () => {
    const company = await hostCompany();
    const offer = await offerOf(company.id);
    const chloe = await student("chloe@lycee.fr", { displayName: "Chloé Martin" });
    const id = await applied(chloe.id, offer);
    await moveApplication({
      applicationId: id,
      actorId: company.owner.id,
      action: "decline",
      message: "Merci ! Tous nos tuteurs sont pris en mai.",
    });

    await runQueuedJobs(process.env.DATABASE_URL ?? "");

    const byRecipient = Object.fromEntries(smtp.received.map((mail) => [to(mail), mail]));
    expect(Object.keys(byRecipient).sort()).toEqual([
      "chefin@werkstatt.de",
      "chloe@lycee.fr",
      "fr.chefin@werkstatt.de",
    ]);
    const german = byRecipient["chefin@werkstatt.de"];
    expect(german?.subject).toBe("Neue Bewerbung von Chloé Martin: „Praktikum Mechatronik“");
    expect(german?.text).toContain(`\n${loadEnv().APP_URL}/de/company/applications/${id}\n`);
    expect(german?.headers.get("content-language")).toBe("de");
    expect(byRecipient["fr.chefin@werkstatt.de"]?.subject).toBe(
      "Nouvelle candidature pour «\u00a0Stage en mécatronique\u00a0»\u00a0: Chloé Martin",
    );

    const decline = byRecipient["chloe@lycee.fr"];
    expect(decline?.subject).toBe("Réponse négative pour «\u00a0Stage en mécatronique\u00a0»");
    expect(decline?.text).toContain(
      "Message de l’entreprise Werkstatt Nord\nMerci ! Tous nos tuteurs sont pris en mai.",
    );
    expect(decline?.text).toContain(`\n${loadEnv().APP_URL}/fr/student/applications/${id}\n`);
    expect(decline?.html).toContain('<html lang="fr"');
    // Transactional mail: nothing a mail client would offer to unsubscribe from.
    expect(decline?.headerLines.some((line) => line.key === "list-unsubscribe")).toBe(false);
  });
});

describe("application mail templates", () => {
  const URL = "https://antenne.example/fr/student/applications/1";
  const base = {
    companyName: "Atelier Lenoir",
    offerTitle: "Stage en menuiserie",
    period: "3 – 28 mai 2027",
    url: URL,
  };

  it.each(LANGUAGES)("give each state its own subject and text in %s, naming offer and period", (language) => {
    const t = translatorFor(language);
    const student = (["SEEN", "SHORTLISTED", "ACCEPTED", "DECLINED", "EXPIRED"] as const).map((status) =>
      renderMail("application-status", { ...base, name: "Chloé", status }, language, t),
    );
    const company = (["SUBMITTED", "WITHDRAWN", "REMINDER"] as const).map((event) =>
      renderMail("application-company", { ...base, name: "Jonas", studentName: "Chloé", event }, language, t),
    );
    const coordinator = renderMail(
      "application-coordinator",
      { ...base, name: "Anne", studentName: "Chloé", schoolName: "Lycée Colbert" },
      language,
      t,
    );
    const all = [...student, ...company, coordinator];
    expect(new Set(all.map((mail) => mail.subject)).size).toBe(all.length);
    for (const mail of all) {
      expect(mail.text).toContain("Stage en menuiserie");
      expect(mail.text).toContain("3 – 28 mai 2027");
      expect(mail.text).toContain(`\n${URL}\n`);
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(/emails:|\{\{|undefined/);
    }
    expect(coordinator.text).toContain("Lycée Colbert");
    expect(student[3]?.text).not.toContain(
      t("emails:applicationStatus.messageTitle", { companyName: "Atelier Lenoir" }),
    );
  });
});
