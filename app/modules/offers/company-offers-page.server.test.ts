/**
 * The company's offer editor through its real loaders and actions: the step-by-step flow, the
 * minors' rules, the workflow buttons and who may touch which offer.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import {
  companyWithOwner,
  cookieOf,
  person,
  queuedJobs,
  routeArgs,
  thrownResponse,
} from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";
import {
  newOfferAction,
  offerOverviewAction,
  offerOverviewLoader,
  offerStepAction,
  offerStepLoader,
} from "./company-offers-page.server";
import { expireOffers } from "./offer-expiry.server";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { EMPTY_QUERY } from "~/modules/search/search-index";
import { searchOffers, syncOffersToSearch } from "~/modules/search/search-service.server";

beforeEach(resetAccountsAndQueue);

const DAY = 86_400_000;
/** An ISO date n days from today, so the tests do not age. */
const inDays = (days: number) =>
  new Date(Date.parse(`${todayInEurope()}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const SITE = { placeKey: "braunschweig", address: "Hamburger Straße 250, 38114 Braunschweig", tutorName: "Jana Kühn" };
const PLACEMENT = {
  titleDe: "Praktikum Mechatronik",
  descriptionDe: "Sie arbeiten in der Instandhaltung unserer Fertigungslinien mit.",
  fields: ["METAL_ELECTRICAL"],
  languageLevel: "A2",
};
const PERIODS = {
  "periods.0.startsOn": inDays(60),
  "periods.0.endsOn": inDays(60 + 27),
  "periods.0.places": "2",
  "periods.1.startsOn": inDays(120),
  "periods.1.endsOn": inDays(120 + 27),
  "periods.1.places": "1",
  minWeeks: "3",
  maxWeeks: "4",
  applicationDeadline: "",
};
const CONDITIONS = {
  minorsWelcome: "yes",
  minAge: "16",
  hoursPerDay: "7",
  hoursPerWeek: "35",
  workDays: ["1", "2", "3", "4", "5"],
  accommodation: "HELP_FINDING",
  allowanceEuroMonth: "300",
};

async function fieldKey() {
  return (await db().occupationalField.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).key;
}

/** Creates a draft through the first step and returns its id. */
async function newDraft(cookie: string): Promise<string> {
  const response = await thrownOrReturned(newOfferAction(routeArgs("/de/company/offers/new", cookie, SITE)));
  const location = response.headers.get("Location") ?? "";
  expect(location).toMatch(/^\/de\/company\/offers\/[0-9a-f-]{36}\/placement$/);
  return location.split("/")[4] ?? "";
}

async function thrownOrReturned(promise: Promise<unknown>): Promise<Response> {
  const result = await promise.catch((error: unknown) => error);
  if (result instanceof Response) return result;
  throw new Error(`expected a Response, got ${JSON.stringify(result)}`);
}

function saveStep(cookie: string, id: string, step: string, form: Record<string, string | string[]>) {
  return offerStepAction(routeArgs(`/de/company/offers/${id}/${step}`, cookie, form, { id, step }));
}

async function completeDraft(cookie: string): Promise<string> {
  const id = await newDraft(cookie);
  const field = await fieldKey();
  const steps: [string, Record<string, string | string[]>][] = [
    ["placement", { ...PLACEMENT, fields: [field] }],
    ["periods", PERIODS],
    ["conditions", CONDITIONS],
  ];
  for (const [step, form] of steps) {
    const response = await thrownOrReturned(saveStep(cookie, id, step, form));
    expect(response.status, `${step} saves`).toBe(302);
  }
  return id;
}

const overview = (cookie: string, id: string) =>
  offerOverviewLoader(routeArgs(`/de/company/offers/${id}`, cookie, undefined, { id }));
const act = (cookie: string, id: string, intent: string) =>
  offerOverviewAction(routeArgs(`/de/company/offers/${id}`, cookie, { intent }, { id }));

describe("writing an offer step by step", () => {
  it("saves each step as a draft and submits the complete offer with two periods", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await completeDraft(oker.cookie);

    const review = await offerStepLoader(
      routeArgs(`/de/company/offers/${id}/review`, oker.cookie, undefined, { id, step: "review" }),
    );
    expect(review.problems).toEqual({});
    expect(review.draft).toMatchObject({
      titleDe: "Praktikum Mechatronik",
      periods: [{ places: 2 }, { places: 1 }],
      minorsWelcome: true,
      minAge: 16,
      workDays: [1, 2, 3, 4, 5],
    });

    const submitted = await thrownOrReturned(act(oker.cookie, id, "submit"));
    expect(submitted.headers.get("Location")).toBe(`/de/company/offers/${id}?done=submit`);
    const offer = await db().offer.findUniqueOrThrow({ where: { id } });
    expect(offer.status).toBe("SUBMITTED");
    expect(offer.submittedAt).not.toBeNull();
    expect((await overview(oker.cookie, id)).intents).toEqual(["withdraw", "archive", "duplicate"]);
  });

  it("keeps a period's row when its dates stay, so its applications and accepted places stay with it", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await completeDraft(oker.cookie);
    const before = await db().offerPeriod.findMany({ where: { offerId: id }, orderBy: { startsOn: "asc" } });

    const changed = { ...PERIODS, "periods.0.places": "3", "periods.1.endsOn": inDays(150) };
    expect((await thrownOrReturned(saveStep(oker.cookie, id, "periods", changed))).status).toBe(302);

    const after = await db().offerPeriod.findMany({ where: { offerId: id }, orderBy: { startsOn: "asc" } });
    expect(after.map((period) => period.places)).toEqual([3, 1]);
    expect(after[0]!.id).toBe(before[0]!.id);
    expect(after[1]!.id).not.toBe(before[1]!.id);
  });

  it("refuses a minors-welcome offer with 9 hours a day, naming the rule, and keeps the stored terms", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await newDraft(oker.cookie);
    const response = await saveStep(oker.cookie, id, "conditions", {
      ...CONDITIONS,
      hoursPerDay: "9",
      hoursPerWeek: "35",
    });
    expect(response).toMatchObject({
      init: { status: 400 },
      data: { errors: { hoursPerDay: "editor:rules.dailyHours" } },
    });
    expect(Number((await db().offer.findUniqueOrThrow({ where: { id } })).hoursPerDay)).toBe(7);
  });

  it("does not submit an incomplete draft and says which steps are missing", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await newDraft(oker.cookie);
    const response = await act(oker.cookie, id, "submit");
    expect(response).toMatchObject({ init: { status: 400 }, data: { errors: { form: "editor:errors.incomplete" } } });
    expect((await overview(oker.cookie, id)).problems).toMatchObject({
      placement: { titleDe: "editor:errors.oneLanguageRequired" },
      periods: { periods: "editor:errors.periodsRequired" },
    });
    expect((await db().offer.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("keeps a row's own error on that row", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await newDraft(oker.cookie);
    const response = await saveStep(oker.cookie, id, "periods", { ...PERIODS, "periods.1.endsOn": inDays(110) });
    expect(response).toMatchObject({ data: { errors: { "periods.1.endsOn": "editor:errors.endBeforeStart" } } });
    expect(await db().offerPeriod.count({ where: { offerId: id } })).toBe(0);
  });
});

describe("the workflow buttons", () => {
  async function publish(id: string) {
    await db().offer.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  }

  it("refuses moves the workflow does not allow and changes nothing", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await newDraft(oker.cookie);
    for (const intent of ["fill", "reopen", "renew", "withdraw", "edit"]) {
      expect(await act(oker.cookie, id, intent), intent).toMatchObject({
        data: { errors: { form: "editor:errors.transitionRefused" } },
      });
    }
    expect((await db().offer.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("takes a published offer offline to edit it, and tells the search index in the same step", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await completeDraft(oker.cookie);
    await publish(id);
    await act(oker.cookie, id, "edit").catch((response: unknown) => response);
    expect((await db().offer.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await queuedJobs("search.sync-offer")).toEqual([{ offerId: id }]);
  });

  it("takes an offer out of search results once the queued job has run", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await completeDraft(oker.cookie);
    await publish(id);
    await syncOffersToSearch([id]);
    const found = async () => (await searchOffers({ ...EMPTY_QUERY, text: "Mechatronik" })).hits.map((hit) => hit.id);
    expect(await found()).toContain(id);

    await act(oker.cookie, id, "edit").catch((response: unknown) => response);
    // Until the job runs, the index still shows the offer; the job re-reads it and takes it out.
    expect(await found()).toContain(id);
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(await found()).not.toContain(id);
  });

  it("duplicates an offer as a new draft with the same content", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await completeDraft(oker.cookie);
    const response = await thrownOrReturned(act(oker.cookie, id, "duplicate"));
    const copyId = (response.headers.get("Location") ?? "").split("/")[4]?.split("?")[0] ?? "";
    expect(copyId).not.toBe(id);
    const copy = await db().offer.findUniqueOrThrow({
      where: { id: copyId },
      include: { periods: true, fields: true },
    });
    expect(copy).toMatchObject({ status: "DRAFT", titleDe: "Praktikum Mechatronik", companyId: oker.id });
    expect(copy.periods).toHaveLength(2);
    expect(copy.fields).toHaveLength(1);
  });

  it("expires offers whose last period is over and renews them as drafts at the same number", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const id = await completeDraft(oker.cookie);
    await publish(id);
    expect(await expireOffers(new Date(Date.now() + 100 * DAY))).toEqual([]);
    expect(await expireOffers(new Date(Date.now() + 200 * DAY))).toEqual([id]);
    expect((await db().offer.findUniqueOrThrow({ where: { id } })).status).toBe("EXPIRED");
    expect(await queuedJobs("search.sync-offer")).toEqual([{ offerId: id }]);

    // Back in today's world: both periods are still ahead, so renewing keeps them.
    await act(oker.cookie, id, "renew").catch((response: unknown) => response);
    const renewed = await db().offer.findUniqueOrThrow({ where: { id }, include: { periods: true } });
    expect(renewed.status).toBe("DRAFT");
    expect(renewed.periods).toHaveLength(2);
  });
});

describe("one company cannot see or change another's offers", () => {
  it("answers 404 to another company's member, 403 to other roles, and log-in to visitors", async () => {
    const oker = await companyWithOwner("Oker Automation", "jana@oker.example");
    const seine = await companyWithOwner("Seine Automatismes", "luc@seine.example", { placeKey: "rouen" });
    const id = await completeDraft(oker.cookie);
    const student = await cookieOf((await person("eleve@example.fr", "STUDENT")).id);

    expect((await thrownResponse(overview(seine.cookie, id))).status).toBe(404);
    const stepArgs = routeArgs(`/de/company/offers/${id}/placement`, seine.cookie, undefined, {
      id,
      step: "placement",
    });
    expect((await thrownResponse(offerStepLoader(stepArgs))).status).toBe(404);
    expect(
      (await thrownResponse(saveStep(seine.cookie, id, "placement", { ...PLACEMENT, titleDe: "Gekapert" }))).status,
    ).toBe(404);
    expect((await thrownResponse(act(seine.cookie, id, "submit"))).status).toBe(404);
    expect((await thrownResponse(act(seine.cookie, id, "duplicate"))).status).toBe(404);
    expect((await thrownResponse(overview(student, id))).status).toBe(403);
    expect((await thrownResponse(overview("", id))).headers.get("Location")).toMatch(/^\/de\/login\?next=/);

    const offer = await db().offer.findUniqueOrThrow({ where: { id } });
    expect(offer).toMatchObject({ titleDe: "Praktikum Mechatronik", status: "DRAFT" });
    expect(await db().offer.count()).toBe(1);
  });
});
