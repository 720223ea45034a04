import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import { COMPANY_INTENTS } from "~/modules/offers/company-offer-actions.server";
import { OFFER_STATUSES, type OfferAction, type OfferStatus } from "~/modules/offers/offer-workflow";
import { dateOf, dayNumber, isoDay, todayInEurope } from "~/utils/calendar-days";
import { db } from "~/utils/db.server";
import { companyWithOwner, cookieOf, person } from "../support/company-fixtures";
import { startHttpStack, type HttpStack } from "../support/http-stack";
import { allowedOfferMove } from "../support/offer-moves";
import { resetAccountsAndQueue } from "../support/queued-mails";
import { runQueuedJobs } from "../support/run-queued-jobs";
import { publishedOffer } from "../support/student-fixtures";

/**
 * README, "Workflow": the offer's moves as the people who make them meet them, "illegal moves are
 * refused with a message". Every status against every button of the company's offer page, every
 * decision on the staff review page, and the hourly expiry, checked against the moves written out
 * in test/support/offer-moves.ts (the table's own test checks transition() the same way). An
 * allowed move changes the status as written there; a refused one says why on the page and
 * changes nothing. Staff "archive" is in the table but on no page. A refused staff decision shows
 * the page's "nothing to decide" notice: the offer is no longer waiting in every such case.
 */
const today = todayInEurope();
const inDays = (days: number) => isoDay(dayNumber(today) + days);
const t = translatorFor("de");
let stack: HttpStack;
let offerId: string;
let companyCookie: string;
let staffCookie: string;

beforeAll(async () => {
  await resetAccountsAndQueue();
  const company = await companyWithOwner("Oker Automation", "jana@oker-workflow.example");
  companyCookie = company.cookie;
  staffCookie = await cookieOf((await person("staff@workflow.example", "STAFF")).id);
  const offer = await publishedOffer(company.id, {
    periods: [{ startsOn: inDays(60), endsOn: inDays(87), places: 2 }],
  });
  offerId = offer.id;
  stack = await startHttpStack();
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

async function offerIn(status: OfferStatus, applicationDeadline: string | null = null) {
  await db().offer.update({
    where: { id: offerId },
    data: { status, applicationDeadline: applicationDeadline ? dateOf(applicationDeadline) : null },
  });
}

const statusNow = async () => (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status;

async function refusalShown(answer: Response): Promise<string> {
  expect(answer.status).toBeGreaterThanOrEqual(400);
  expect(answer.status).toBeLessThan(500);
  return parseHTML(await answer.text()).document.querySelector('main [role="alert"]')?.textContent ?? "";
}

const companyCases = OFFER_STATUSES.flatMap((from) =>
  COMPANY_INTENTS.filter((intent) => intent !== "duplicate").map((intent) => ({ from, intent })),
);

describe("the company's offer page", () => {
  it.each(companyCases)("$from, button $intent", async ({ from, intent }) => {
    await offerIn(from);
    const answer = await stack.post(`/de/company/offers/${offerId}`, { intent }, { cookie: companyCookie });
    const to = allowedOfferMove(from, intent, "company");
    if (to) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get("Location")).toBe(`/de/company/offers/${offerId}?done=${intent}`);
      expect(await statusNow()).toBe(to);
    } else {
      expect(await refusalShown(answer)).toBe(t("editor:errors.transitionRefused"));
      expect(await statusNow()).toBe(from);
    }
  });
});

const DECISIONS: Record<string, OfferAction> = {
  PUBLISH: "publish",
  REQUEST_CHANGES: "requestChanges",
  REJECT: "reject",
};
const staffCases = OFFER_STATUSES.flatMap((from) => Object.keys(DECISIONS).map((decision) => ({ from, decision })));

describe("the staff review page", () => {
  it.each(staffCases)("$from, decision $decision", async ({ from, decision }) => {
    await offerIn(from);
    const answer = await stack.post(
      `/de/staff/moderation/offers/${offerId}`,
      { decision, comment: "Bitte nennen Sie die Arbeitszeiten genauer." },
      { cookie: staffCookie },
    );
    const to = allowedOfferMove(from, DECISIONS[decision]!, "staff");
    if (to) {
      expect(answer.status).toBe(302);
      expect(answer.headers.get("Location")).toBe(`/de/staff/moderation?done=offer.${decision}`);
      expect(await statusNow()).toBe(to);
    } else {
      // Decided already (in another tab) or never submitted: the page says there is nothing to decide.
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      const page = parseHTML(await answer.text()).document;
      const notices = [...page.querySelectorAll("main .staff-notice")].map((notice) => notice.textContent);
      expect(notices).toContain(t("moderation:offer.notWaiting"));
      expect(page.querySelector("main form button[value=PUBLISH]")).toBeNull();
      expect(await statusNow()).toBe(from);
    }
  });
});

describe("the hourly expiry", () => {
  it.each(OFFER_STATUSES)("%s with yesterday's deadline", async (from) => {
    await offerIn(from, inDays(-1));
    await enqueueJob(db(), "expire-offers", {});
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(await statusNow()).toBe(allowedOfferMove(from, "expire", "system") ?? from);
  });
});
