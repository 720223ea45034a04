import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { companyWithOwner, person } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { publishedOffer, studentWithProfile } from "../../../test/support/student-fixtures";
import { todayInEurope } from "~/utils/calendar-days";
import { PUBLIC_OFFER } from "~/modules/offers/offer-workflow";
import { byScoreThenId, matchOffer } from "./match-score";
import { MATCH_OFFER_SELECT, toMatchOffer } from "./match-data.server";
import { loadMatchStudent, matchForOffer, recommendOffers } from "./recommendations.server";

/**
 * Recommendations through the database: the student fixture is French, trains in mechatronics,
 * has B1 German, is free in May–June 2027 and would go to Braunschweig (± 50 km). The clock stands
 * in January 2027, before every period.
 */
const now = new Date("2027-01-13T10:00:00Z");

beforeEach(resetAccountsAndQueue);

async function germanCompany(name = "Werkstatt Nord", status: "VERIFIED" | "PENDING" = "VERIFIED") {
  return companyWithOwner(name, `${name.replace(/\W/g, "").toLowerCase()}@example.de`, { status });
}

const titles = async (userId: string, language: "de" | "fr" | "en" = "de") =>
  (await recommendOffers(userId, { language, now })).map((recommendation) => recommendation.title);

describe("recommendOffers", () => {
  it("ranks the eligible offers by score", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const company = await germanCompany();
    await publishedOffer(company.id, {
      titleDe: "Göttingen ohne Unterkunft",
      placeKey: "goettingen",
      accommodation: "NONE",
    });
    await publishedOffer(company.id, { titleDe: "Wolfsburg mit Unterkunft", placeKey: "wolfsburg" });
    await publishedOffer(company.id, {
      titleDe: "Hannover mit Hilfe",
      placeKey: "hannover",
      accommodation: "HELP_FINDING",
    });
    const recommendations = await recommendOffers(student.id, { language: "de", now });
    expect(recommendations.map((recommendation) => recommendation.title)).toEqual([
      "Wolfsburg mit Unterkunft",
      "Hannover mit Hilfe",
      "Göttingen ohne Unterkunft",
    ]);
    const scores = recommendations.map((recommendation) => recommendation.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(new Set(scores).size).toBe(3);
  });

  it("leaves out offers that fail a hard constraint", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const company = await germanCompany();
    await publishedOffer(company.id, { titleDe: "Passt" });
    await publishedOffer(company.id, { titleDe: "Küche", fields: ["hospitality"] });
    await publishedOffer(company.id, { titleDe: "Zu viel Deutsch", languageLevel: "B2" });
    await publishedOffer(company.id, { titleDe: "Nur Erwachsene", minorsWelcome: false, minAge: 18 });
    await publishedOffer(company.id, {
      titleDe: "Im Herbst",
      periods: [{ startsOn: "2027-09-06", endsOn: "2027-10-29", places: 1 }],
    });
    expect(await titles(student.id)).toEqual(["Passt"]);
  });

  it("only recommends offers in the other country", async () => {
    const french = await studentWithProfile("lea@example.fr");
    const german = await studentWithProfile("jonas@example.de", {
      schoolKey: "bbs-technik-braunschweig",
      levelFrench: "B1",
      places: [{ placeKey: "rouen", radiusKm: 50 }],
    });
    const germanCompanyRow = await germanCompany();
    const frenchCompany = await companyWithOwner("Atelier Seine", "atelier@example.fr", { placeKey: "rouen" });
    await publishedOffer(germanCompanyRow.id);
    await publishedOffer(frenchCompany.id, { titleFr: "À Rouen", placeKey: "rouen" });
    expect(await titles(french.id, "fr")).toEqual(["Stage en mécatronique"]);
    expect(await titles(german.id, "fr")).toEqual(["À Rouen"]);
  });

  it("only recommends public offers: published, of a verified company", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const verified = await germanCompany();
    const pending = await germanCompany("Neue Firma", "PENDING");
    await publishedOffer(verified.id, { titleDe: "Öffentlich" });
    await publishedOffer(pending.id, { titleDe: "Firma ungeprüft" });
    const draft = await publishedOffer(verified.id, { titleDe: "Entwurf" });
    await db().offer.update({ where: { id: draft.id }, data: { status: "DRAFT" } });
    const filled = await publishedOffer(verified.id, { titleDe: "Besetzt" });
    await db().offer.update({ where: { id: filled.id }, data: { status: "FILLED" } });
    expect(await titles(student.id)).toEqual(["Öffentlich"]);
  });

  it("gives display data in the reader's language, reasons and the best period", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const company = await germanCompany();
    const offer = await publishedOffer(company.id, {
      titleDe: "Praktikum Mechatronik",
      titleFr: "Stage en mécatronique",
      placeKey: "hannover",
      periods: [
        { startsOn: "2027-03-01", endsOn: "2027-03-26", places: 1 },
        { startsOn: "2027-05-10", endsOn: "2027-06-18", places: 1 },
      ],
    });
    const [french] = await recommendOffers(student.id, { language: "fr", now });
    expect(french).toMatchObject({
      id: offer.id,
      number: offer.number,
      title: "Stage en mécatronique",
      titleLanguage: "fr",
      url: `/fr/offers/stage-en-mecatronique-${offer.number}`,
      company: "Werkstatt Nord",
      place: "Hanovre",
      country: "DE",
      periodId: offer.periods[1]!.id,
    });
    expect(french!.reasons).toContainEqual({ kind: "distance", km: 55, place: "Braunschweig" });
    const [english] = await recommendOffers(student.id, { language: "en", now });
    expect(english).toMatchObject({ title: "Praktikum Mechatronik", titleLanguage: "de", place: "Hanover" });
  });

  it("keeps the best `limit` offers and forgets periods that are over", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const company = await germanCompany();
    for (const placeKey of ["wolfsburg", "peine", "hannover", "celle"]) {
      await publishedOffer(company.id, { titleDe: placeKey, placeKey });
    }
    expect(await recommendOffers(student.id, { language: "de", now, limit: 2 })).toHaveLength(2);
    expect(await recommendOffers(student.id, { language: "de", now: new Date("2027-07-01T10:00:00Z") })).toEqual([]);
  });

  it("recommends nothing to anyone who is not a student with a profile", async () => {
    const company = await germanCompany();
    await publishedOffer(company.id);
    const bare = await person("ohne-profil@example.fr", "STUDENT");
    expect(await recommendOffers(bare.id, { language: "de", now })).toEqual([]);
    expect(await recommendOffers(company.owner.id, { language: "de", now })).toEqual([]);
  });
});

describe("the preselection", () => {
  it("never loses an offer that matchOffer finds eligible", async () => {
    // 18 on 20 May 2027; free in two windows that touch, then again in July.
    const student = await studentWithProfile("lea@example.fr", {
      birthDate: "2009-05-20",
      fields: ["mechatronics", "electrical"],
      availability: [
        { startsOn: "2027-05-03", endsOn: "2027-05-16" },
        { startsOn: "2027-05-17", endsOn: "2027-05-30" },
        { startsOn: "2027-07-05", endsOn: "2027-07-23" },
      ],
    });
    const company = await germanCompany();
    const period = (startsOn: string, endsOn: string) => [{ startsOn, endsOn, places: 1 }];
    const variants = [
      {},
      { fields: ["electrical", "it"] },
      { minWeeks: 4, periods: period("2027-05-03", "2027-05-28") },
      { minWeeks: 4, periods: period("2027-05-03", "2027-05-27") },
      { minWeeks: 3, periods: period("2027-07-05", "2027-07-23") },
      { minWeeks: 2, periods: period("2027-04-01", "2027-05-14") },
      { minorsWelcome: false, minAge: 18, periods: period("2027-05-24", "2027-06-25"), minWeeks: 1 },
      { minorsWelcome: false, minAge: 18 },
      { minAge: 19 },
      { languageLevel: "B1" as const },
      { languageLevel: "B2" as const },
      { placeKey: "goettingen", accommodation: "NONE" as const },
    ];
    for (const [index, variant] of variants.entries()) {
      await publishedOffer(company.id, { titleDe: `Variante ${index}`, ...variant });
    }
    const clock = new Date("2027-04-20T10:00:00Z");
    const today = todayInEurope(clock);
    const profile = (await loadMatchStudent(student.id, "de"))!;
    const everyOffer = await db().offer.findMany({ where: PUBLIC_OFFER, select: MATCH_OFFER_SELECT });
    const expected = everyOffer
      .map((row) => ({ id: row.id, result: matchOffer(profile, toMatchOffer(row, "de"), today) }))
      .flatMap(({ id, result }) => (result.eligible ? [{ id, ...result }] : []))
      .sort(byScoreThenId);
    expect(expected.length).toBeGreaterThan(4);
    expect(expected.length).toBeLessThan(variants.length);
    const recommended = await recommendOffers(student.id, { language: "de", now: clock, limit: 100 });
    expect(recommended.map(({ id, score, reasons, periodId }) => ({ id, score, reasons, periodId }))).toEqual(
      expected.map(({ id, score, reasons, periodId }) => ({ id, score, reasons, periodId })),
    );
  });
});

describe("matchForOffer", () => {
  it("explains a fit, and every reason why not", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const company = await germanCompany();
    const good = await publishedOffer(company.id);
    const bad = await publishedOffer(company.id, {
      fields: ["hospitality"],
      languageLevel: "B2",
      minorsWelcome: false,
    });
    const fit = await matchForOffer(student.id, good.id, { language: "de", now });
    expect(fit).toMatchObject({ eligible: true, periodId: good.periods[0]!.id });
    expect(await matchForOffer(student.id, bad.id, { language: "de", now })).toEqual({
      eligible: false,
      exclusions: [
        { kind: "field" },
        { kind: "level", language: "de", has: "B1", required: "B2" },
        { kind: "minors", age: 17 },
      ],
    });
  });

  it("is null for someone who is not a student with a profile, and for an unknown offer", async () => {
    const student = await studentWithProfile("lea@example.fr");
    const company = await germanCompany();
    const offer = await publishedOffer(company.id);
    expect(await matchForOffer(company.owner.id, offer.id, { language: "de", now })).toBeNull();
    const bare = await person("ohne-profil@example.fr", "STUDENT");
    expect(await matchForOffer(bare.id, offer.id, { language: "de", now })).toBeNull();
    expect(await matchForOffer(student.id, "not-a-uuid", { language: "de", now })).toBeNull();
  });
});

describe("loadMatchStudent", () => {
  it("reads the profile as matching's student, place names in the reader's language", async () => {
    const student = await studentWithProfile("lea@example.fr", {
      places: [{ placeKey: "hannover", radiusKm: 30 }],
      availability: [
        { startsOn: "2027-07-05", endsOn: "2027-07-30" },
        { startsOn: "2027-05-03", endsOn: "2027-05-28" },
      ],
    });
    expect(await loadMatchStudent(student.id, "fr")).toEqual({
      country: "FR",
      birthDate: "2009-09-01",
      fields: ["mechatronics"],
      levelGerman: "B1",
      levelFrench: "C2",
      availability: [
        { startsOn: "2027-05-03", endsOn: "2027-05-28" },
        { startsOn: "2027-07-05", endsOn: "2027-07-30" },
      ],
      places: [{ name: "Hanovre", latitude: 52.37, longitude: 9.733, radiusKm: 30 }],
      accommodationNeeded: true,
    });
  });
});
