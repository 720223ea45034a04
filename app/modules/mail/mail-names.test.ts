import { describe, expect, it } from "vitest";
import { COMPANY_CATALOGUE } from "~/modules/demo/company-catalogue";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { typographyProblems } from "~/modules/i18n/typography-checks";
import { SCHOOLS } from "~/modules/reference/schools";
import { renderMail, type MailData, type MailTemplateName } from "../../../emails/templates";

/**
 * Names stand alone in sentences (ADR 11): the mails that carry a school's or a company's name
 * read correctly with every demo school and company, in German and French. A sentence that gave
 * the name an article or a contracting preposition ("vous enseignez à Lycée …", "an der
 * Berufsbildende Schulen …", "l’équipe de Électricité Quesnel") fails here.
 */
const URL = "https://antenne.example/fr/coordinator";

/** Words that, right before a name, would need the name's own grammar. */
const BAD_BEFORE = {
  fr: /(?:^|[\s(])(de|du|des|à|au|aux|le|la|les|en|pour|sur|dans|par|que)\s$|[dlDL]’$/u,
  de: /(?:^|\s)(der|die|den|dem|des|das|am|im|zum|zur|vom|beim|ins|an|in)\s$/iu,
};

function render<Name extends MailTemplateName>(name: Name, data: MailData<Name>, language: "de" | "fr") {
  const mail = renderMail(name, data, language, translatorFor(language));
  return { subject: mail.subject, body: mail.text };
}

/** What precedes each occurrence of `name` in `text` (the 40 characters before it). */
function contextsOf(text: string, name: string): string[] {
  const contexts: string[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    contexts.push(text.slice(Math.max(0, at - 40), at));
  }
  return contexts;
}

function problemsWith(name: string, language: "de" | "fr", parts: { subject: string; body: string }): string[] {
  const lines = [parts.subject, ...parts.body.split("\n").filter((line) => line.trim() !== "" && line !== "-- ")];
  return [
    ...contextsOf(`${parts.subject}\n${parts.body}`, name)
      .filter((before) => BAD_BEFORE[language].test(before))
      .map((before) => `"…${before}${name}": the name takes the sentence's grammar`),
    ...lines.flatMap((line) => typographyProblems(language, line).map((problem) => `${problem} in ${line}`)),
  ];
}

describe.each(["de", "fr"] as const)("mails in %s", (language) => {
  it.each(SCHOOLS.map((school) => [school.name]))("name the school %s correctly", (schoolName) => {
    const confirmed = render("coordinator-confirmed", { name: "Claire Leroy", schoolName, url: URL }, language);
    const accepted = render(
      "application-coordinator",
      {
        name: "Claire Leroy",
        studentName: "Émilie Martin",
        schoolName,
        companyName: "Atelier Lenoir",
        offerTitle: "Stage en menuiserie",
        period: "3 mai – 25 juin 2027",
        url: URL,
      },
      language,
    );
    for (const mail of [confirmed, accepted]) {
      expect(mail.subject + mail.body).toContain(schoolName);
      expect(problemsWith(schoolName, language, mail)).toEqual([]);
    }
    expect(confirmed.subject).toContain(schoolName);
  });

  it.each(COMPANY_CATALOGUE.map((company) => [company.name]))("name the company %s correctly", (companyName) => {
    const base = { name: "Jonas", companyName, url: URL };
    const application = { studentName: "Émilie Martin", offerTitle: "Stage", period: "3 mai – 25 juin 2027" };
    const mails = [
      render("company-invite", { companyName, inviterName: "Anne", url: URL }, language),
      render("company-review", { ...base, decision: "REJECTED", reason: "Impressum" }, language),
      render("offer-review", { ...base, offerTitle: "Stage", decision: "PUBLISHED" }, language),
      render("application-company", { ...base, ...application, event: "SUBMITTED" }, language),
      render("application-company", { ...base, ...application, event: "REMINDER" }, language),
      render("application-status", { ...base, ...application, status: "DECLINED", message: "Merci" }, language),
      render("application-status", { ...base, ...application, status: "ACCEPTED" }, language),
    ];
    for (const mail of mails) {
      expect(mail.subject + mail.body).toContain(companyName);
      expect(problemsWith(companyName, language, mail)).toEqual([]);
    }
  });

  it("would catch a school name used with the sentence's grammar", () => {
    const mail = { subject: "Hallo", body: "Sie unterrichten an der Berufsbildende Schulen 1 Hannover." };
    expect(problemsWith("Berufsbildende Schulen 1 Hannover", "de", mail)).toHaveLength(1);
    const french = { subject: "Bonjour", body: "Vous enseignez à Lycée professionnel hôtelier, Caen." };
    expect(problemsWith("Lycée professionnel hôtelier, Caen", "fr", french)).toHaveLength(1);
  });
});
