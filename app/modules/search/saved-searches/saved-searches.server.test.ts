import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { offerPath } from "~/modules/offers/offer-url";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { companyWithOwner, person } from "../../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../../test/support/queued-mails";
import { studentWithProfile } from "../../../../test/support/student-fixtures";
import { sendSavedSearchAlerts } from "./saved-search-alerts.server";
import { deleteSavedSearch, listSavedSearches, resumeByToken, saveSearch, stopByToken } from "./saved-searches.server";
import { prepareSearch, rebuildSearchIndexes, syncOffersToSearch } from "~/modules/search/search-service.server";
import { moved } from "../../../../test/support/moved-days";

/**
 * Saved searches and their daily mail, against a real database, the real PostgreSQL search index
 * and the real job queue. The clock is the `now` each call is given.
 */
const SAVED_AT = new Date("2026-11-02T07:00:00Z");
const hoursAfter = (start: Date, hours: number) => new Date(start.getTime() + hours * 3_600_000);
const dayAfter = (start: Date) => hoursAfter(start, 24);

beforeAll(async () => {
  await prepareSearch();
});

beforeEach(async () => {
  await resetAccountsAndQueue();
  // The truncated offers leave the index too: a fresh, empty one.
  await rebuildSearchIndexes(() => {});
});

async function student(email = "noe@example.fr", locale = "fr") {
  return person(email, "STUDENT", { locale, displayName: "Noé Lambert" });
}

let companyId = "";
/** A public offer, published at `publishedAt` and indexed as the app would index it. */
async function publish(
  titleDe: string,
  titleFr: string | null,
  fields: string[],
  publishedAt: Date,
  { sync = true } = {},
) {
  if (!companyId) throw new Error("no company");
  const place = await db().place.findUniqueOrThrow({ where: { key: "caen" } });
  const offer = await db().offer.create({
    data: {
      companyId,
      slug: "x",
      titleDe,
      titleFr,
      descriptionDe: `${titleDe}: Sie arbeiten im Team mit.`,
      placeId: place.id,
      address: "Quai Vendeuvre 1",
      minWeeks: 3,
      maxWeeks: 6,
      languageLevel: "A2",
      minorsWelcome: true,
      minAge: 16,
      hoursPerDay: 7,
      hoursPerWeek: 35,
      workDays: [1, 2, 3, 4, 5],
      accommodation: "HELP_FINDING",
      tutorName: "Jeanne Roux",
      status: "PUBLISHED",
      publishedAt,
      fields: { create: fields.map((fieldKey) => ({ fieldKey })) },
      periods: {
        create: [{ startsOn: new Date("2027-05-03T00:00:00Z"), endsOn: new Date("2027-06-11T00:00:00Z"), places: 2 }],
      },
    },
  });
  if (sync) await syncOffersToSearch([offer.id]);
  return offer;
}

async function withCompany() {
  companyId = (await companyWithOwner("Hôtel de la Plage", "plage@example.fr", { placeKey: "caen" })).id;
}

interface AlertMail {
  to: string;
  language: string;
  template: string;
  data: {
    name: string;
    search: string;
    total: number;
    offers: { title: string; company: string; place: string; url: string }[];
    searchUrl: string;
    stopUrl: string;
  };
}

async function alertMails(): Promise<AlertMail[]> {
  return (await queuedMails()).filter((mail) => mail.template === "saved-search-matches") as unknown as AlertMail[];
}

describe("saving a search", () => {
  it("keeps one saved search per search, whatever the order of its parameters or the page it was on", async () => {
    const noe = await student();
    const first = await saveSearch(noe.id, "?page=3&fields=hospitality&q=koch&sort=newest", "fr", SAVED_AT);
    const again = await saveSearch(noe.id, "q=koch&fields=hospitality", "fr");
    expect(first).toMatchObject({ ok: true, created: true, search: { query: "q=koch&fields=hospitality" } });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(await listSavedSearches(noe.id)).toMatchObject([{ query: "q=koch&fields=hospitality", language: "fr" }]);

    const token = (await db().savedSearch.findFirstOrThrow()).unsubscribeToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("stops at ten per student, with a message the page can show", async () => {
    const noe = await student();
    for (let weeks = 1; weeks <= 10; weeks += 1) {
      expect(await saveSearch(noe.id, `weeks=${weeks}`, "fr")).toMatchObject({ ok: true, created: true });
    }
    expect(await saveSearch(noe.id, "weeks=11", "fr")).toEqual({ ok: false, error: "savedSearches:errors.limit" });
    // Saving one already there is still fine: nothing new is stored.
    expect(await saveSearch(noe.id, "weeks=3", "fr")).toMatchObject({ ok: true, created: false });
    expect(await listSavedSearches(noe.id)).toHaveLength(10);
    // Another student has ten of their own.
    const lena = await student("lena@example.de", "de");
    expect(await saveSearch(lena.id, "weeks=11", "de")).toMatchObject({ ok: true });
  });

  it("is for students only", async () => {
    for (const role of ["COMPANY_MEMBER", "COORDINATOR", "STAFF"] as const) {
      const someone = await person(`${role.toLowerCase()}@example.org`, role);
      expect(await saveSearch(someone.id, "q=koch", "de")).toEqual({
        ok: false,
        error: "savedSearches:errors.notStudent",
      });
    }
    expect(await db().savedSearch.count()).toBe(0);
  });

  it("waits, for a student below the age of digital consent, until a guardian has agreed", async () => {
    // 14 in France: a guardian must agree before the platform keeps more than the minimum.
    const jules = await studentWithProfile("jules@example.fr", {
      birthDate: moved("2012-05-01"),
      guardianConsentAt: null,
    });
    expect(await saveSearch(jules.id, "q=koch", "fr")).toEqual({
      ok: false,
      error: "savedSearches:errors.guardianMissing",
    });
    expect(await db().savedSearch.count()).toBe(0);
    await db().studentProfile.update({ where: { userId: jules.id }, data: { guardianConsentAt: new Date() } });
    expect(await saveSearch(jules.id, "q=koch", "fr")).toMatchObject({ ok: true, created: true });
  });

  it("lets a student delete their own saved searches and nobody else's", async () => {
    const noe = await student();
    const lena = await student("lena@example.de", "de");
    const saved = await saveSearch(noe.id, "q=koch", "fr");
    if (!saved.ok) throw new Error("not saved");

    expect(await deleteSavedSearch(lena.id, saved.search.id)).toBe(false);
    expect(await deleteSavedSearch(lena.id, "not-an-id")).toBe(false);
    expect(await listSavedSearches(noe.id)).toHaveLength(1);
    expect(await listSavedSearches(lena.id)).toEqual([]);

    expect(await deleteSavedSearch(noe.id, saved.search.id)).toBe(true);
    expect(await listSavedSearches(noe.id)).toEqual([]);
  });
});

describe("the daily mail", () => {
  beforeEach(withCompany);

  it("mails the new matching offers once, in the student's language, with links and the stop link", async () => {
    const noe = await student();
    await publish("Praktikum als Koch (alt)", "Stage de cuisinier (ancien)", ["hospitality"], hoursAfter(SAVED_AT, -1));
    await saveSearch(noe.id, "q=koch&fields=hospitality", "fr", SAVED_AT);
    const cook = await publish("Praktikum als Koch", "Stage de cuisinier", ["hospitality"], hoursAfter(SAVED_AT, 2));
    await publish("Praktikum als Koch in der Kantine", null, ["food"], hoursAfter(SAVED_AT, 3));
    await publish("Praktikum Mechatronik", "Stage en mécatronique", ["mechatronics"], hoursAfter(SAVED_AT, 4));

    const firstRun = dayAfter(SAVED_AT);
    expect(await sendSavedSearchAlerts(firstRun)).toEqual({ checked: 1, mailed: 1, failed: 0 });

    const [mail, ...others] = await alertMails();
    expect(others).toEqual([]);
    const appUrl = loadEnv().APP_URL;
    const search = await db().savedSearch.findFirstOrThrow();
    expect(mail).toMatchObject({ to: "noe@example.fr", language: "fr" });
    expect(mail?.data).toEqual({
      name: "Noé Lambert",
      search: "«\u00a0koch\u00a0» · Hôtellerie-restauration",
      total: 1,
      totalIsExact: true,
      offers: [
        {
          title: "Stage de cuisinier",
          company: "Hôtel de la Plage",
          place: "Caen",
          url: `${appUrl}${offerPath(cook, "fr")}`,
        },
      ],
      searchUrl: `${appUrl}/fr/offers?q=koch&fields=hospitality&sort=newest`,
      stopUrl: `${appUrl}/fr/saved-searches/stop?token=${search.unsubscribeToken}`,
    });
    expect(search.lastCheckedAt).toEqual(firstRun);

    // The next morning nothing is new: no mail, not even the same offer again.
    expect(await sendSavedSearchAlerts(dayAfter(firstRun))).toEqual({ checked: 1, mailed: 0, failed: 0 });
    expect(await alertMails()).toHaveLength(1);

    // A new offer the day after is the only one in the next mail.
    const next = await publish("Koch im Restaurant", null, ["hospitality"], hoursAfter(dayAfter(firstRun), 1));
    expect(await sendSavedSearchAlerts(dayAfter(dayAfter(firstRun)))).toMatchObject({ mailed: 1 });
    const latest = (await alertMails())[1];
    // Only a German title: the French mail shows it rather than nothing.
    expect(latest?.data.offers).toEqual([
      expect.objectContaining({ title: "Koch im Restaurant", url: `${appUrl}${offerPath(next, "fr")}` }),
    ]);
  });

  it("writes in the student's language, whatever the page the search was saved from", async () => {
    const lena = await student("lena@example.de", "de");
    await saveSearch(lena.id, "q=koch", "fr", SAVED_AT);
    await publish("Praktikum als Koch", "Stage de cuisinier", ["hospitality"], hoursAfter(SAVED_AT, 2));
    await sendSavedSearchAlerts(dayAfter(SAVED_AT));
    const [mail] = await alertMails();
    expect(mail).toMatchObject({ to: "lena@example.de", language: "de" });
    expect(mail?.data.offers).toEqual([expect.objectContaining({ title: "Praktikum als Koch" })]);
    expect(mail?.data.searchUrl).toContain("/de/offers?");
  });

  it("lists the ten newest and counts them all", async () => {
    const lena = await student("lena@example.de", "de");
    await saveSearch(lena.id, "fields=hospitality", "de", SAVED_AT);
    const offers = [];
    for (let hour = 1; hour <= 12; hour += 1) {
      const title = `Service im Restaurant ${hour}`;
      offers.push(await publish(title, null, ["hospitality"], hoursAfter(SAVED_AT, hour), { sync: false }));
    }
    // One index update for all twelve (against a real Meilisearch, twelve would take seconds each).
    await syncOffersToSearch(offers.map((offer) => offer.id));
    await sendSavedSearchAlerts(dayAfter(SAVED_AT));
    const [mail] = await alertMails();
    expect(mail?.language).toBe("de");
    expect(mail?.data.total).toBe(12);
    expect(mail?.data.offers.map((offer) => offer.title)).toEqual(
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map((hour) => `Service im Restaurant ${hour}`),
    );
    expect(mail?.data.search).toBe("Hotel & Gastronomie");
  });

  it("sends nothing once stopped from the mail, and again after resuming", async () => {
    const noe = await student();
    await saveSearch(noe.id, "fields=hospitality", "fr", SAVED_AT);
    const { unsubscribeToken } = await db().savedSearch.findFirstOrThrow();

    expect(await stopByToken(unsubscribeToken)).toMatchObject({ query: "fields=hospitality", language: "fr" });
    expect(await stopByToken(unsubscribeToken), "a second click changes nothing").not.toBeNull();
    await publish("Koch", "Cuisinier", ["hospitality"], hoursAfter(SAVED_AT, 1));
    expect(await sendSavedSearchAlerts(dayAfter(SAVED_AT))).toEqual({ checked: 0, mailed: 0, failed: 0 });
    expect(await alertMails()).toEqual([]);
    expect(await listSavedSearches(noe.id)).toMatchObject([{ stopped: true }]);

    const resumedAt = hoursAfter(dayAfter(SAVED_AT), 1);
    expect(await resumeByToken(unsubscribeToken, resumedAt)).not.toBeNull();
    expect(await listSavedSearches(noe.id)).toMatchObject([{ stopped: false }]);
    // What was published while stopped is not sent afterwards; what comes after is.
    await publish("Serveur", "Serveur en salle", ["hospitality"], hoursAfter(resumedAt, 1));
    expect(await sendSavedSearchAlerts(dayAfter(resumedAt))).toMatchObject({ mailed: 1 });
    expect((await alertMails())[0]?.data.offers.map((offer) => offer.title)).toEqual(["Serveur en salle"]);

    expect(await stopByToken("unknown-token-0123456789abcdef")).toBeNull();
    expect(await resumeByToken("not a token")).toBeNull();
  });

  it("saving a stopped search again starts its mail again", async () => {
    const noe = await student();
    await saveSearch(noe.id, "fields=hospitality", "fr", SAVED_AT);
    await stopByToken((await db().savedSearch.findFirstOrThrow()).unsubscribeToken);
    expect(await saveSearch(noe.id, "fields=hospitality", "fr", hoursAfter(SAVED_AT, 1))).toMatchObject({
      ok: true,
      created: false,
      search: { stopped: false },
    });
  });

  it("sends nothing to a minor whose guardian has not agreed yet", async () => {
    const jules = await studentWithProfile("jules@example.fr", {
      birthDate: moved("2012-05-01"),
      guardianConsentAt: null,
    });
    // Saved before saving waited for the guardian.
    await db().savedSearch.create({
      data: {
        userId: jules.id,
        query: "fields=hospitality",
        language: "fr",
        unsubscribeToken: "j".repeat(32),
        createdAt: SAVED_AT,
        lastCheckedAt: SAVED_AT,
      },
    });
    await publish("Koch", "Cuisinier", ["hospitality"], hoursAfter(SAVED_AT, 2));

    expect(await sendSavedSearchAlerts(dayAfter(SAVED_AT))).toMatchObject({ mailed: 0 });
    expect(await alertMails()).toEqual([]);
  });

  it("skips deleted accounts and addresses not confirmed yet", async () => {
    const gone = await student("gone@example.fr");
    const unconfirmed = await student("new@example.fr");
    await saveSearch(gone.id, "fields=hospitality", "fr", SAVED_AT);
    await saveSearch(unconfirmed.id, "fields=hospitality", "fr", SAVED_AT);
    await db().user.update({ where: { id: gone.id }, data: { deletedAt: hoursAfter(SAVED_AT, 1) } });
    await db().user.update({ where: { id: unconfirmed.id }, data: { emailVerifiedAt: null } });
    await publish("Koch", "Cuisinier", ["hospitality"], hoursAfter(SAVED_AT, 2));

    expect(await sendSavedSearchAlerts(dayAfter(SAVED_AT))).toEqual({ checked: 0, mailed: 0, failed: 0 });
    expect(await alertMails()).toEqual([]);
  });
});
