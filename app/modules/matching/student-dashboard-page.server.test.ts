/** The student's dashboard through its loader, with dates relative to today so the test does not age. */
import { beforeEach, describe, expect, it } from "vitest";
import { todayInEurope } from "~/utils/calendar-days";
import { studentDashboardLoader as loader } from "./student-dashboard-page.server";
import { answerOf, companyWithOwner, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { publishedOffer, studentWithProfile } from "../../../test/support/student-fixtures";

const DAY = 86_400_000;
const inDays = (days: number) =>
  new Date(Date.parse(`${todayInEurope()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

beforeEach(resetAccountsAndQueue);

const visit = (cookie?: string, lang = "fr") => answerOf(loader(routeArgs(`/${lang}/student`, cookie)));

async function dashboard(cookie: string, lang = "fr") {
  const page = await visit(cookie, lang);
  if (page instanceof Response) throw new Error(`answered ${page.status}`);
  return page;
}

describe("the student dashboard", () => {
  it("recommends suitable offers, best first, in the reader's language, with reasons", async () => {
    const lea = await studentWithProfile("lea@example.fr", {
      displayName: "Léa",
      availability: [{ startsOn: inDays(30), endsOn: inDays(90) }],
    });
    const company = await companyWithOwner("Werkstatt Nord", "chefin@werkstatt.de");
    const periods = [{ startsOn: inDays(30), endsOn: inDays(90), places: 1 }];
    await publishedOffer(company.id, { titleFr: "Loin", placeKey: "goettingen", accommodation: "NONE", periods });
    await publishedOffer(company.id, { titleFr: "Près", placeKey: "wolfsburg", periods });
    await publishedOffer(company.id, { titleFr: "Cuisine", fields: ["hospitality"], periods });
    const page = await dashboard(lea.cookie);
    expect(page.name).toBe("Léa");
    expect(page.missing).toBeNull();
    expect(page.recommendations.map((offer) => offer.title)).toEqual(["Près", "Loin"]);
    expect(page.recommendations[0]).toMatchObject({ company: "Werkstatt Nord", place: "Wolfsburg", country: "DE" });
    expect(page.recommendations[0]!.url).toMatch(/^\/fr\/offers\/pres-\d+$/);
    expect(page.recommendations[0]!.reasons.map((reason) => reason.kind)).toEqual([
      "fields",
      "overlap",
      "level",
      "distance",
      "accommodation",
      "fresh",
    ]);
  });

  it("says what the profile lacks instead of recommending", async () => {
    const company = await companyWithOwner("Werkstatt Nord", "chefin@werkstatt.de");
    await publishedOffer(company.id, { periods: [{ startsOn: inDays(30), endsOn: inDays(90), places: 1 }] });
    const noFields = await studentWithProfile("sans@example.fr", {
      fields: [],
      availability: [{ startsOn: inDays(30), endsOn: inDays(90) }],
    });
    expect(await dashboard(noFields.cookie)).toMatchObject({
      missing: { fields: true, availability: false },
      recommendations: [],
    });
    const past = await studentWithProfile("passe@example.fr", {
      availability: [{ startsOn: inDays(-90), endsOn: inDays(-30) }],
    });
    expect(await dashboard(past.cookie)).toMatchObject({
      missing: { fields: false, availability: true },
      recommendations: [],
    });
  });

  it("tells a student without a profile to fill it in", async () => {
    const bare = await person("neu@example.fr", "STUDENT");
    expect(await dashboard(await cookieOf(bare.id))).toMatchObject({
      missing: { fields: true, availability: true },
      recommendations: [],
    });
  });

  it("sends visitors to log in and refuses other roles", async () => {
    const visitor = (await visit()) as Response;
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("Location")).toBe("/fr/login?next=%2Ffr%2Fstudent");
    const company = await companyWithOwner("Werkstatt Nord", "chefin@werkstatt.de");
    expect(((await visit(company.cookie)) as Response).status).toBe(403);
  });
});
