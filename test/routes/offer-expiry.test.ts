import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import { offerSnapshot, SNAPSHOT_INCLUDE } from "~/modules/offers/offer-snapshot";
import { offerPath } from "~/modules/offers/offer-url";
import { syncOffersToSearch } from "~/modules/search/search-service.server";
import { dateOf, dayNumber, isoDay, todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import { companyWithOwner } from "../support/company-fixtures";
import { startHttpStack, type HttpStack } from "../support/http-stack";
import { resetAccountsAndQueue } from "../support/queued-mails";
import { runQueuedJobs } from "../support/run-queued-jobs";
import { studentWithProfile } from "../support/student-fixtures";

/**
 * README, "Workflow": "Offers expire by themselves once their deadline or last period has passed
 * (hourly job)", and "filled or expired offers say so instead of disappearing". Three published
 * offers: one whose application deadline was yesterday, one whose deadline is today, one whose
 * last period ended yesterday. The hourly job (`expire-offers`, run as the worker runs it) ends
 * the first and the third; the search page and the API stop listing them, and their pages say
 * they have expired, with no way to apply. The one due today stays open.
 */
const today = todayInEurope();
const day = (offset: number) => isoDay(dayNumber(today) + offset);
let stack: HttpStack;
let student: string;

interface Spec {
  title: string;
  deadline: string | null;
  periods: [string, string][];
}

const OFFERS = {
  deadlineYesterday: { title: "Praktikum Zerspanung", deadline: day(-1), periods: [[day(30), day(60)]] },
  deadlineToday: { title: "Praktikum Elektronik", deadline: today, periods: [[day(30), day(60)]] },
  lastPeriodOver: {
    title: "Praktikum Lackiererei",
    deadline: null,
    periods: [
      [day(-90), day(-60)],
      [day(-30), day(-1)],
    ],
  },
} satisfies Record<string, Spec>;
type Name = keyof typeof OFFERS;
const offers = {} as Record<Name, { id: string; number: number; titleDe: string | null; titleFr: string | null }>;

/** A published offer as staff publish it: status, time and the reviewed snapshot. */
async function publishedOffer(companyId: string, spec: Spec) {
  const place = await db().place.findUniqueOrThrow({ where: { key: "braunschweig" } });
  const created = await db().offer.create({
    data: {
      companyId,
      slug: "x",
      titleDe: spec.title,
      titleFr: null,
      descriptionDe: `${spec.title}: Sie arbeiten in unserer Werkstatt mit.`,
      placeId: place.id,
      address: "Hamburger Straße 250, 38114 Braunschweig",
      minWeeks: 3,
      maxWeeks: 4,
      languageLevel: "A2",
      minorsWelcome: true,
      minAge: 16,
      hoursPerDay: 7,
      hoursPerWeek: 35,
      workDays: [1, 2, 3, 4, 5],
      accommodation: "HELP_FINDING",
      tutorName: "Jana Kühn",
      applicationDeadline: spec.deadline ? dateOf(spec.deadline) : null,
      status: "PUBLISHED",
      publishedAt: new Date(),
      fields: { create: [{ fieldKey: "metal" }] },
      periods: {
        create: spec.periods.map(([start, end]) => ({ startsOn: dateOf(start), endsOn: dateOf(end), places: 1 })),
      },
    },
    include: SNAPSHOT_INCLUDE,
  });
  await db().offer.update({
    where: { id: created.id },
    data: { publishedSnapshot: offerSnapshot(created) as unknown as Prisma.InputJsonValue },
  });
  return created;
}

beforeAll(async () => {
  await resetAccountsAndQueue();
  const company = await companyWithOwner("Oker Metallbau", "jana@oker-metall.example");
  for (const [name, spec] of Object.entries(OFFERS) as [Name, Spec][]) {
    offers[name] = await publishedOffer(company.id, spec);
  }
  await syncOffersToSearch(Object.values(offers).map((offer) => offer.id));
  student = (await studentWithProfile("lea@expiry.example")).cookie;
  stack = await startHttpStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

/** The offers the search page lists, by title. */
async function listedOnSearchPage(): Promise<string[]> {
  const page = await stack.get("/de/offers");
  expect(page.status).toBe(200);
  const { document } = parseHTML(await page.text());
  const paths = Object.values(offers).map((offer) => offerPath(offer, "de"));
  return [...document.querySelectorAll("a[href]")]
    .map((link) => link.getAttribute("href") ?? "")
    .filter((href, index, all) => paths.includes(href) && all.indexOf(href) === index)
    .map((href) => Object.values(offers).find((offer) => offerPath(offer, "de") === href)!.titleDe ?? "")
    .sort();
}

async function listedByApi(): Promise<string[]> {
  const answer = await stack.get("/api/v1/offers?perPage=50");
  expect(answer.status).toBe(200);
  const body = (await answer.json()) as { hits: { title: { de: string | null } }[] };
  return body.hits.map((offer) => offer.title.de ?? "").sort();
}

describe("offers past their deadline or last period", () => {
  it("are listed until the hourly job runs", async () => {
    expect(await listedOnSearchPage()).toEqual([
      "Praktikum Elektronik",
      "Praktikum Lackiererei",
      "Praktikum Zerspanung",
    ]);
  });

  it("expire by the hourly job, leave the search and the API, and say so on their pages", async () => {
    await enqueueJob(db(), "expire-offers", {});
    await runQueuedJobs(process.env.DATABASE_URL ?? "");

    const statuses = await db().offer.findMany({
      select: { titleDe: true, status: true },
      orderBy: { titleDe: "asc" },
    });
    expect(statuses).toEqual([
      { titleDe: "Praktikum Elektronik", status: "PUBLISHED" },
      { titleDe: "Praktikum Lackiererei", status: "EXPIRED" },
      { titleDe: "Praktikum Zerspanung", status: "EXPIRED" },
    ]);
    expect(await listedOnSearchPage()).toEqual(["Praktikum Elektronik"]);
    expect(await listedByApi()).toEqual(["Praktikum Elektronik"]);

    const expired = translatorFor("de")("offers:page.ended.EXPIRED");
    const applyHeading = translatorFor("de")("offers:page.applyHeading");
    for (const name of ["deadlineYesterday", "lastPeriodOver"] as const) {
      const path = offerPath(offers[name], "de");
      const page = await stack.get(path);
      expect(page.status, name).toBe(200);
      const { document } = parseHTML(await page.text());
      expect(document.querySelector("h1")?.textContent).toBe(OFFERS[name].title);
      expect(document.querySelector("main")?.textContent).toContain(expired);
      expect(document.querySelector("#offer-apply-title"), `${name} invites applications`).toBeNull();
      expect((await stack.get(`${path}/apply`, { cookie: student })).status, `${name}'s application form`).toBe(404);
    }
    // The offer due today is still open: the same checks see its call to apply.
    const path = offerPath(offers.deadlineToday, "de");
    const open = parseHTML(await (await stack.get(path)).text()).document;
    expect(open.querySelector("main")?.textContent).not.toContain(expired);
    expect(open.querySelector("#offer-apply-title")?.textContent).toBe(applyHeading);
    expect((await stack.get(`${path}/apply`, { cookie: student })).status).toBe(200);
  });
});
