import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { homePageLoader } from "~/modules/home/home-page.server";
import { languageSitemap } from "~/modules/sitemap/sitemap.server";
import { createEvent } from "~/modules/events/events.server";
import { routeArgs } from "../../../test/support/company-fixtures";
import { eventForm, parsedEvent, publishedEvent } from "../../../test/support/event-test-data";
import { staffMember } from "../../../test/support/moderation-test-data";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { movedSeason } from "../../../test/support/moved-days";

beforeEach(async () => {
  await db().event.deleteMany();
  await db().edition.deleteMany();
  await db().organiser.deleteMany();
  await resetAccountsAndQueue();
});

const TEXTS = {
  themeDe: "Brücken bauen",
  themeFr: "Construire des ponts",
  introDe: "Einführung",
  introFr: "Introduction",
};
type Home = Awaited<ReturnType<typeof homePageLoader>>;
const home = (path: string, now: string) => homePageLoader(routeArgs(path), new Date(now)) as Promise<Home>;

describe("the home page's calendar", () => {
  it("announces the coming Franco-German Day from 1 December to 22 January only", async () => {
    await db().edition.create({ data: { year: 2027, ...TEXTS, publishedAt: new Date() } });
    expect((await home("/fr", "2026-11-30T12:00:00Z")).banner).toBeNull();
    expect((await home("/fr", "2026-12-01T12:00:00Z")).banner).toEqual({
      year: 2027,
      theme: "Construire des ponts",
      path: "/fr/22-janvier/2027",
    });
    expect((await home("/de", "2027-01-22T20:00:00Z")).banner?.path).toBe("/de/22-januar/2027");
    expect((await home("/de", "2027-01-23T08:00:00Z")).banner).toBeNull();
    // A draft edition is not announced.
    await db().edition.update({ where: { year: 2027 }, data: { publishedAt: null } });
    expect((await home("/de", "2026-12-10T12:00:00Z")).banner).toBeNull();
  });

  it("shows the next events after the page's date, drafts left out", async () => {
    const staff = await staffMember();
    await publishedEvent(staff.id, { repeat: "weekly", repeatCount: "6" });
    await createEvent(staff.id, parsedEvent(await eventForm({ titleDe: "Entwurf" })), false);
    // The weekly series crosses the start of summer time (the fixture's days keep their season).
    const page = await home("/de", movedSeason("2027-03-20T12:00:00Z"));
    expect(page.events.map((e) => e.startsAt)).toEqual(
      [
        "2027-03-25T18:00:00.000Z",
        "2027-04-01T17:00:00.000Z",
        "2027-04-08T17:00:00.000Z",
        "2027-04-15T17:00:00.000Z",
      ].map(movedSeason),
    );
    expect(page.events[0]?.title).toBe("Filmabend: Die fabelhafte Welt der Amélie");
  });
});

describe("the calendar in the sitemap", () => {
  it("lists the events list, each public event and each public edition under its localized path", async () => {
    const staff = await staffMember();
    const event = await publishedEvent(staff.id);
    const draft = await createEvent(staff.id, parsedEvent(await eventForm({ titleDe: "Entwurf" })), false);
    await db().edition.create({ data: { year: 2027, ...TEXTS, publishedAt: new Date() } });
    await db().edition.create({ data: { year: 2028, ...TEXTS } });
    const xml = (await languageSitemap("fr", 1, "https://antenne.example")) ?? "";
    expect(xml).toContain("<loc>https://antenne.example/fr/events</loc>");
    expect(xml).toContain(
      `<loc>https://antenne.example/fr/events/soiree-cinema-le-fabuleux-destin-d-amelie-poulain-${event.number}</loc>`,
    );
    expect(xml).not.toContain(`-${draft.ok ? draft.number : 0}</loc>`);
    expect(xml).toContain("<loc>https://antenne.example/fr/22-janvier/2027</loc>");
    expect(xml).toContain('hreflang="de" href="https://antenne.example/de/22-januar/2027"');
    expect(xml).toContain("<loc>https://antenne.example/fr/22-janvier/2027/participer</loc>");
    expect(xml).not.toContain("22-janvier/2028");
  });
});
