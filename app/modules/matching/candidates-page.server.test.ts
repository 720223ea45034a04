/** The company's list of suggested candidates, through its loader, with periods relative to today. */
import { beforeEach, describe, expect, it } from "vitest";
import { todayInEurope } from "~/utils/calendar-days";
import { candidatesPageLoader as loader } from "./candidates-page.server";
import { db } from "~/utils/db.server";
import { answerOf, colleague, companyWithOwner, cookieOf, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { publishedOffer, studentWithProfile, type StudentOptions } from "../../../test/support/student-fixtures";

const DAY = 86_400_000;
const inDays = (days: number) =>
  new Date(Date.parse(`${todayInEurope()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const free = [{ startsOn: inDays(30), endsOn: inDays(90) }];

beforeEach(resetAccountsAndQueue);

async function setting() {
  const company = await companyWithOwner("Werkstatt Nord", "chefin@werkstatt.de");
  const offer = await publishedOffer(company.id, {
    periods: [{ startsOn: inDays(30), endsOn: inDays(90), places: 2 }],
  });
  return { company, offer };
}

const student = (email: string, options: StudentOptions = {}) =>
  studentWithProfile(email, { discoverable: true, availability: free, displayName: email.split("@")[0], ...options });

const visit = (offerId: string, cookie?: string, lang = "de") =>
  answerOf(loader(routeArgs(`/${lang}/company/offers/${offerId}/candidates`, cookie, undefined, { id: offerId })));

async function names(offerId: string, cookie: string) {
  const page = await visit(offerId, cookie);
  if (page instanceof Response) throw new Error(`answered ${page.status}`);
  return page.candidates.map((candidate) => candidate.displayName);
}

describe("suggested candidates", () => {
  it("lists discoverable students the offer suits, best first, with reasons and the endorsement", async () => {
    const { company, offer } = await setting();
    const near = await student("lea@example.fr", { places: [{ placeKey: "wolfsburg", radiusKm: 20 }] });
    await student("hugo@example.fr", { places: [{ placeKey: "goettingen", radiusKm: 10 }] });
    await db().studentProfile.update({ where: { userId: near.id }, data: { endorsedAt: new Date() } });
    const page = await visit(offer.id, company.cookie);
    if (page instanceof Response) throw new Error(`answered ${page.status}`);
    expect(page.verified).toBe(true);
    expect(page.candidates.map((candidate) => [candidate.displayName, candidate.endorsed])).toEqual([
      ["lea", true],
      ["hugo", false],
    ]);
    expect(page.candidates[0]).toMatchObject({
      userId: near.id,
      school: expect.any(String),
      levelGerman: "B1",
      levelFrench: "C2",
    });
    expect(page.candidates[0]!.reasons).toContainEqual({ kind: "distance", km: 0, place: "Wolfsburg" });
    expect(page.candidates[0]!.reasons.map((reason) => reason.kind)).not.toContain("fresh");
  });

  it("leaves out students who are hidden, deleted, unverified, unsuited or from the same country", async () => {
    const { company, offer } = await setting();
    await student("visible@example.fr");
    await student("hidden@example.fr", { discoverable: false });
    const deleted = await student("deleted@example.fr");
    await db().user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const unverified = await student("unverified@example.fr");
    await db().user.update({ where: { id: unverified.id }, data: { emailVerifiedAt: null } });
    await student("cook@example.fr", { fields: ["hospitality"] });
    await student("beginner@example.fr", { levelGerman: "A1" });
    await student("later@example.fr", { availability: [{ startsOn: inDays(200), endsOn: inDays(260) }] });
    await student("local@example.de", { schoolKey: "bbs-technik-braunschweig" });
    expect(await names(offer.id, company.cookie)).toEqual(["visible"]);
  });

  it("is open to every member of the company, and a 404 for another company's", async () => {
    const { company, offer } = await setting();
    await student("lea@example.fr");
    const member = await colleague(company.id, "kollege@werkstatt.de");
    expect(await names(offer.id, await cookieOf(member.id))).toEqual(["lea"]);
    const other = await companyWithOwner("Andere GmbH", "chef@andere.de");
    expect(((await visit(offer.id, other.cookie)) as Response).status).toBe(404);
    expect(((await visit("00000000-0000-4000-8000-000000000000", company.cookie)) as Response).status).toBe(404);
    expect(((await visit("nonsense", company.cookie)) as Response).status).toBe(404);
  });

  it("sends visitors to log in and refuses students", async () => {
    const { offer } = await setting();
    const lea = await student("lea@example.fr");
    const visitor = (await visit(offer.id)) as Response;
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toContain("/de/login");
    expect(((await visit(offer.id, lea.cookie)) as Response).status).toBe(403);
  });

  it("shows no students to a company the office has not verified yet", async () => {
    const company = await companyWithOwner("Neue Firma", "neu@firma.de", { status: "PENDING" });
    const offer = await publishedOffer(company.id, {
      periods: [{ startsOn: inDays(30), endsOn: inDays(90), places: 1 }],
    });
    await student("lea@example.fr");
    const page = await visit(offer.id, company.cookie);
    expect(page).toMatchObject({ verified: false, candidates: [] });
  });
});
