import { describe, expect, it } from "vitest";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import {
  MAIL_TEMPLATES,
  MAIL_TEMPLATE_NAMES,
  renderMail,
  type MailData,
  type MailTemplateName,
} from "../../../emails/templates";

/** Rendering alone, without queue or SMTP: what every recipient sees in every language. */
const URL = "https://antenne.example/fr/account/confirm?token=abc";
const SAMPLE: { [Name in MailTemplateName]: MailData<Name> } = {
  "verify-email": { name: "Lena", url: URL },
  "password-reset": { name: "Lena", url: URL, validHours: 24 },
  "account-exists": { name: "Lena", url: URL },
  "guardian-consent": { studentName: "Lucas", guardianName: "Sophie", url: URL },
  "company-invite": { companyName: "Atelier Lenoir", inviterName: "Jonas", url: URL },
  "organiser-invite": { organiserName: "Ciné Lumière", inviterName: "Claire", url: URL },
  "company-review": {
    name: "Jonas",
    companyName: "Atelier Lenoir",
    decision: "REJECTED",
    reason: "Kein Impressum.",
    url: URL,
  },
  "organiser-review": {
    name: "Claire",
    organiserName: "Comité de jumelage Rouen–Hannover",
    decision: "REJECTED",
    reason: "Bitte die Website angeben.",
    url: URL,
  },
  "event-review": {
    name: "Claire",
    organiserName: "Comité de jumelage Rouen–Hannover",
    eventTitle: "Ciné-club : Les Choristes",
    decision: "CHANGES_REQUESTED",
    comment: "Bitte den Saal angeben.",
    url: URL,
  },
  "offer-review": {
    name: "Jonas",
    companyName: "Atelier Lenoir",
    offerTitle: "Stage en menuiserie",
    decision: "CHANGES_REQUESTED",
    comment: "Bitte die Arbeitszeiten angeben.",
    url: URL,
  },
  "saved-search-matches": {
    name: "Lena",
    search: "„Koch“ · Hotel & Gastronomie",
    total: 1,
    totalIsExact: true,
    offers: [
      {
        title: "Commis de cuisine",
        company: "Hôtel de la Plage",
        place: "Caen",
        url: "https://antenne.example/fr/offers/commis-de-cuisine-1042",
      },
    ],
    searchUrl: URL,
    stopUrl: "https://antenne.example/fr/saved-searches/stop?token=abc",
  },
  "application-company": {
    name: "Jonas",
    event: "SUBMITTED",
    studentName: "Chloé Martin",
    companyName: "Atelier Lenoir",
    offerTitle: "Stage en menuiserie",
    period: "3 mai – 25 juin 2027",
    url: URL,
  },
  "application-status": {
    name: "Chloé",
    status: "DECLINED",
    companyName: "Atelier Lenoir",
    offerTitle: "Stage en menuiserie",
    period: "3 mai – 25 juin 2027",
    message: "Merci pour votre candidature.",
    url: URL,
  },
  "coordinator-confirmed": { name: "Mme Leroy", schoolName: "Lycée Colbert", url: URL },
  "application-coordinator": {
    name: "Mme Leroy",
    studentName: "Chloé Martin",
    schoolName: "Lycée Colbert",
    companyName: "Atelier Lenoir",
    offerTitle: "Stage en menuiserie",
    period: "3 mai – 25 juin 2027",
    url: URL,
  },
  "agreement-party": {
    name: "Mme Leroy",
    event: "WITHDRAWN",
    learnerName: "Chloé Martin",
    companyName: "Atelier Lenoir",
    url: URL,
  },
  "agreement-scan-rejected": {
    name: "Mme Leroy",
    learnerName: "Chloé Martin",
    companyName: "Atelier Lenoir",
    reason: "other",
    note: "Il manque la page 3.",
    url: URL,
  },
  "newsletter-confirm": { url: URL },
  "edition-invitation": { organiserName: "Comité de jumelage Caen", year: 2028, lastYear: 2027, url: URL },
  registration: {
    notice: "offer",
    name: "Anne Leroy",
    eventTitle: "22 janvier : journée franco-allemande",
    when: "vendredi 22 janvier 2027, 10:00–12:00",
    place: "Rathaus, Hannover",
    headCount: 12,
    className: "2nde B",
    until: "dimanche 17 janvier 2027, 18:00",
    url: URL,
  },
};

describe("mail templates", () => {
  it("cover every template in the registry", () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...MAIL_TEMPLATE_NAMES].sort());
    expect(Object.keys(MAIL_TEMPLATES)).toHaveLength(20);
  });

  it.each(MAIL_TEMPLATE_NAMES.flatMap((name) => LANGUAGES.map((language) => [name, language] as const)))(
    "%s in %s has a subject, a text and an HTML part with no untranslated text",
    (name, language) => {
      const mail = renderMail(name, SAMPLE[name], language, translatorFor(language));
      for (const part of [mail.subject, mail.text, mail.html]) {
        expect(part).not.toMatch(/emails:|layout\.|\{\{|undefined/);
      }
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(`\n${URL}\n`);
      expect(mail.html).toContain(`<html lang="${language}" dir="ltr">`);
      expect(mail.html).not.toMatch(/<img|<link|<script|url\(/);
    },
  );

  it("escapes names in the HTML part and keeps them as written in the text part", () => {
    const data = { name: `<b>Tom & "Jerry"</b>`, url: URL };
    const mail = renderMail("verify-email", data, "en", translatorFor("en"));
    expect(mail.html).toContain("Hello &lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;,");
    expect(mail.html).not.toContain("<b>Tom");
    expect(mail.text).toContain(`Hello <b>Tom & "Jerry"</b>,`);
  });

  it("says how long a reset link lasts with the right plural", () => {
    const de = (validHours: number) =>
      renderMail("password-reset", { name: "Lena", url: URL, validHours }, "de", translatorFor("de")).text;
    expect(de(1)).toContain("Der Link ist 1 Stunde lang gültig.");
    expect(de(24)).toContain("Der Link ist 24 Stunden lang gültig.");
  });

  it("greets a guardian without a name when none was given", () => {
    const mail = renderMail("guardian-consent", { studentName: "Lucas", url: URL }, "fr", translatorFor("fr"));
    expect(mail.text).toMatch(/\n\nBonjour,\n\n/);
    expect(mail.text).toContain("En France, l’élève et son parent confirment ensemble");
  });

  it.each(LANGUAGES)(
    "tells a company in %s each review decision, with staff's comment when there is one",
    (language) => {
      const t = translatorFor(language);
      const base = { name: "Jonas", companyName: "Atelier Lenoir", offerTitle: "Stage en menuiserie", url: URL };
      const published = renderMail("offer-review", { ...base, decision: "PUBLISHED" }, language, t);
      const sentBack = renderMail(
        "offer-review",
        { ...base, decision: "CHANGES_REQUESTED", comment: "Horaires ?" },
        language,
        t,
      );
      const rejected = renderMail(
        "offer-review",
        { ...base, decision: "REJECTED", comment: "Pas un stage." },
        language,
        t,
      );
      expect(new Set([published.subject, sentBack.subject, rejected.subject]).size).toBe(3);
      for (const mail of [published, sentBack, rejected]) expect(mail.subject).toContain("Stage en menuiserie");
      expect(published.text).not.toContain(t("emails:offerReview.commentTitle"));
      expect(sentBack.text).toContain(`${t("emails:offerReview.commentTitle")}\nHoraires ?`);
      expect(rejected.text).toContain("Pas un stage.");

      const company = { name: "Jonas", companyName: "Atelier Lenoir", url: URL };
      const verified = renderMail("company-review", { ...company, decision: "VERIFIED" }, language, t);
      const refused = renderMail(
        "company-review",
        { ...company, decision: "REJECTED", reason: "Kein Impressum." },
        language,
        t,
      );
      expect(verified.subject).not.toBe(refused.subject);
      expect(verified.text).not.toContain(t("emails:companyReview.reasonTitle"));
      expect(refused.text).toContain(`${t("emails:companyReview.reasonTitle")}\nKein Impressum.`);
    },
  );

  it.each(LANGUAGES)("lists a saved search's new offers in %s, each with its link, and how to stop", (language) => {
    const t = translatorFor(language);
    const offer = (number: number) => ({
      title: `Stage ${number}`,
      company: `Firma ${number}`,
      place: "Rouen",
      url: `https://antenne.example/${language}/offers/stage-${number}`,
    });
    const base = SAMPLE["saved-search-matches"];
    const one = renderMail("saved-search-matches", base, language, t);
    const many = renderMail(
      "saved-search-matches",
      { ...base, total: 12, offers: Array.from({ length: 10 }, (_, index) => offer(index + 1)) },
      language,
      t,
    );
    expect(one.subject).toContain("„Koch“ · Hotel & Gastronomie");
    expect(one.subject).not.toBe(many.subject);
    expect(one.text).toContain(
      "Commis de cuisine\nHôtel de la Plage, Caen\nhttps://antenne.example/fr/offers/commis-de-cuisine-1042\n",
    );
    expect(one.text).toContain(`${t("emails:savedSearch.stop")}`);
    expect(one.text).toContain("\nhttps://antenne.example/fr/saved-searches/stop?token=abc\n");
    expect(one.html).toContain('href="https://antenne.example/fr/saved-searches/stop?token=abc"');
    expect(one.text).not.toContain(t("emails:savedSearch.more", { shown: 1, total: "1" }));
    for (let number = 1; number <= 10; number += 1)
      expect(many.text).toContain(`Stage ${number}\nFirma ${number}, Rouen`);
    expect(many.text).toContain(t("emails:savedSearch.more", { shown: 10, total: "12", count: 12 }));
  });

  it("fails clearly when a queued job carries data the template cannot use", () => {
    expect(() => renderMail("company-invite", { companyName: "Atelier" }, "de", translatorFor("de"))).toThrow(
      /Invalid data for mail "company-invite"[\s\S]*inviterName/,
    );
  });
});
