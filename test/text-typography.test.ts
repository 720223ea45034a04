import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDemoData } from "~/modules/demo/demo-data";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { LANGUAGES, NAMESPACES, type Language } from "~/modules/i18n/languages";
import { placeholderProblems, textProblems, typographyProblems } from "~/modules/i18n/typography-checks";
import type { Country } from "~/modules/reference/countries";
import { OCCUPATIONAL_FIELDS } from "~/modules/reference/occupational-fields";
import { PLACES } from "~/modules/reference/places";
import { SCHOOL_HOLIDAY_SEEDS } from "~/modules/reference/school-holidays";
import { SCHOOLS } from "~/modules/reference/schools";
import { MAIL_TEMPLATE_NAMES, renderMail, type MailData, type MailTemplateName } from "../emails/templates";

/**
 * The locale lint: every text a user can read — locale files, rendered e-mails, reference data
 * and the demo data — follows the typography rules of its language (typography-checks.ts).
 * Each failure names the file or source, the key and the offending text.
 */
const LOCALES = path.resolve("locales");

function readLocale(language: string, namespace: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(LOCALES, language, `${namespace}.json`), "utf8"));
}

const languageOf = (country: Country): Language => (country === "FR" ? "fr" : "de");

describe("locale lint", () => {
  it("finds no typography mistake in any locale file", () => {
    const problems = LANGUAGES.flatMap((language) =>
      NAMESPACES.flatMap((namespace) =>
        textProblems(language, `locales/${language}/${namespace}.json`, readLocale(language, namespace)),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("finds the same placeholders, tags and plural forms in every language", () => {
    const problems = NAMESPACES.flatMap((namespace) =>
      placeholderProblems(
        Object.fromEntries(LANGUAGES.map((language) => [language, readLocale(language, namespace)])),
        namespace,
      ),
    );
    expect(problems).toEqual([]);
  });

  it("finds no typography mistake in any e-mail as sent", () => {
    const url = "https://antenne.example/fr/account";
    const sample: { [Name in MailTemplateName]: MailData<Name>[] } = {
      "verify-email": [{ name: "Lena", url }],
      "password-reset": [
        { name: "Lena", url, validHours: 1 },
        { name: "Lena", url, validHours: 24 },
      ],
      "account-exists": [{ name: "Lena", url }],
      "guardian-consent": [
        { studentName: "Lucas", url },
        { studentName: "Lucas", guardianName: "Sophie", url },
      ],
      "company-invite": [{ companyName: "Atelier Lenoir", inviterName: "Jonas", url }],
      "organiser-invite": [{ organiserName: "Ciné Lumière", inviterName: "Claire", url }],
      "company-review": (["VERIFIED", "REJECTED"] as const).map((decision) => ({
        name: "Jonas",
        companyName: "Atelier Lenoir",
        decision,
        reason: "Impressum",
        url,
      })),
      "organiser-review": (["VERIFIED", "REJECTED"] as const).map((decision) => ({
        name: "Claire",
        organiserName: "Ciné Lumière",
        decision,
        reason: "Impressum",
        url,
      })),
      "event-review": (["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"] as const).map((decision) => ({
        name: "Claire",
        organiserName: "Ciné Lumière",
        eventTitle: "Ciné-club",
        decision,
        comment: "Bitte den Saal angeben.",
        url,
      })),
      "offer-review": (["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"] as const).map((decision) => ({
        name: "Jonas",
        companyName: "Atelier Lenoir",
        offerTitle: "Menuiserie",
        decision,
        comment: "Horaires",
        url,
      })),
      "saved-search-matches": [1, 3].map((total) => ({
        name: "Lena",
        search: "Koch",
        total,
        totalIsExact: total === 1,
        offers: [{ title: "Commis de cuisine", company: "Hôtel de la Plage", place: "Caen", url }],
        searchUrl: url,
        stopUrl: url,
      })),
      "application-company": (["SUBMITTED", "WITHDRAWN", "REMINDER"] as const).map((event) => ({
        name: "Jonas",
        event,
        studentName: "Chloé Martin",
        companyName: "Atelier Lenoir",
        offerTitle: "Menuiserie",
        period: "3 mai – 25 juin 2027",
        url,
      })),
      "application-status": (["SEEN", "SHORTLISTED", "ACCEPTED", "DECLINED", "EXPIRED"] as const).map((status) => ({
        name: "Chloé",
        status,
        companyName: "Atelier Lenoir",
        offerTitle: "Menuiserie",
        period: "3 mai – 25 juin 2027",
        message: "Merci",
        url,
      })),
      "coordinator-confirmed": [{ name: "Mme Leroy", schoolName: "Lycée Colbert", url }],
      "application-coordinator": [
        {
          name: "Mme Leroy",
          studentName: "Chloé Martin",
          schoolName: "Lycée Colbert",
          companyName: "Atelier Lenoir",
          offerTitle: "Menuiserie",
          period: "3 mai – 25 juin 2027",
          url,
        },
      ],
      "agreement-party": (["SIGN", "REMINDER", "WITHDRAWN", "SIGNED"] as const).map((event) => ({
        name: "Mme Leroy",
        event,
        learnerName: "Chloé Martin",
        companyName: "Atelier Lenoir",
        url,
      })),
      "agreement-scan-rejected": (["unreadable", "incomplete", "notSigned", "wrongDocument", "other"] as const).map(
        (reason) => ({
          name: "Mme Leroy",
          learnerName: "Chloé Martin",
          companyName: "Atelier Lenoir",
          reason,
          ...(reason === "other" ? { note: "Il manque la page 3." } : {}),
          url,
        }),
      ),
      "newsletter-confirm": [{ url }],
      "edition-invitation": [{ organiserName: "Alliance Française Hannover", year: 2028, lastYear: 2027, url }],
      registration: (
        [
          "confirm-address",
          "confirmed",
          "waiting",
          "offer",
          "cancelled",
          "expired",
          "reminder",
          "changed",
          "event-cancelled",
          "message",
        ] as const
      ).map((notice) => ({
        notice,
        name: "Anne",
        eventTitle: "Journée",
        when: "22 janvier 2027",
        headCount: notice === "confirmed" ? 1 : 12,
        ...(notice === "offer" || notice === "confirm-address" ? { until: "17 janvier 2027" } : {}),
        ...(notice === "message" ? { message: "Rendez-vous" } : {}),
        ...(notice === "confirmed" ? {} : { className: "2nde B" }),
        url,
        ...(notice === "confirmed" ? { ticketUrl: url } : {}),
      })),
    };
    const problems = MAIL_TEMPLATE_NAMES.flatMap((name) =>
      LANGUAGES.flatMap((language) =>
        sample[name].flatMap((data, index) => {
          const mail = renderMail(name, data, language, translatorFor(language));
          // The text part: one paragraph per block, links on lines of their own; "-- " is the
          // signature delimiter (RFC 3676), whose trailing space is meant.
          const lines = mail.text.split("\n").filter((line) => line.trim() !== "" && line !== "-- ");
          return textProblems(language, `${name} (${language}, sample ${index + 1})`, {
            subject: mail.subject,
            text: lines,
          });
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it("finds no typography mistake in the reference data", () => {
    const problems = [
      ...SCHOOLS.flatMap((school) =>
        textProblems(languageOf(school.country), "reference/schools.ts", { [school.key]: school.name }),
      ),
      ...[...OCCUPATIONAL_FIELDS, ...PLACES].flatMap((entry) =>
        LANGUAGES.flatMap((language) =>
          textProblems(language, "reference (fields, places)", { [`${entry.key}.${language}`]: entry[language] }),
        ),
      ),
      ...SCHOOL_HOLIDAY_SEEDS.flatMap((holiday) =>
        LANGUAGES.flatMap((language) =>
          textProblems(language, "reference/school-holidays.ts", {
            [`${holiday.startsOn}.${language}`]: holiday[language],
          }),
        ),
      ),
    ];
    expect(problems).toEqual([]);
  });

  it("finds no typography mistake in the demo data", () => {
    const data = generateDemoData();
    const problems = [
      ...data.companies.flatMap((company) => [
        ...textProblems(languageOf(company.country), "demo company", { [company.slug]: company.name }),
        ...textProblems("de", "demo company", { [`${company.slug}.descriptionDe`]: company.descriptionDe ?? "" }),
        ...textProblems("fr", "demo company", { [`${company.slug}.descriptionFr`]: company.descriptionFr ?? "" }),
      ]),
      ...data.offers.flatMap((offer) => [
        ...textProblems("de", "demo offer", { [offer.slug]: [offer.titleDe ?? "", offer.descriptionDe ?? ""] }),
        ...textProblems("fr", "demo offer", { [offer.slug]: [offer.titleFr ?? "", offer.descriptionFr ?? ""] }),
      ]),
      ...data.students.flatMap((student) => [
        ...textProblems(languageOf(student.country), "demo student", { [student.user.email]: student.training }),
        ...textProblems("de", "demo student", { [`${student.user.email}.introDe`]: student.introDe ?? "" }),
        ...textProblems("fr", "demo student", { [`${student.user.email}.introFr`]: student.introFr ?? "" }),
      ]),
    ];
    expect(problems).toEqual([]);
  });

  it("would catch each kind of mistake in a locale file", () => {
    // The same pipeline as above on a bad sample: proof the lint is not vacuous.
    const bad = { a: "Oui : non", b: "l'industrie", c: "deux  espaces", d: "fin ", e: "« x »" };
    expect(textProblems("fr", "fr/x.json", bad)).toHaveLength(6);
    expect(typographyProblems("de", `"Koch"`)).not.toEqual([]);
  });
});
