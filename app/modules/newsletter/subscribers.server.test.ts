import { beforeEach, describe, expect, it } from "vitest";
import { eraseAccount } from "~/modules/accounts/account-deletion.server";
import { db } from "~/utils/db.server";
import { answerOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue, tokenFromUrl } from "../../../test/support/queued-mails";
import { confirmPageAction, confirmPageLoader } from "./confirm-page.server";
import { NEWSLETTER_CONSENT_VERSION } from "./newsletter.schema";
import { preferencesPageAction, preferencesPageLoader } from "./preferences-page.server";
import { subscribePageAction } from "./subscribe-page.server";
import {
  forgetNewsletterAddress,
  isNewsletterBlocked,
  newsletterSuppressionHash,
  subscribe,
  subscriberKey,
} from "./subscribers.server";
import { unsubscribePageAction, unsubscribePageLoader } from "./unsubscribe-page.server";

/**
 * Subscribing, confirming, preferences and unsubscribing as a reader meets them: real requests to
 * the loaders and actions the routes export, the real database and job queue.
 */
beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe(`TRUNCATE newsletter_subscriber, newsletter_suppression, email_suppression CASCADE`);
});

const form = (email: string, extra: Record<string, string | string[]> = {}) => ({
  email,
  language: "FR",
  topics: ["events", "internships"],
  consent: "on",
  ...extra,
});

async function subscribeOnPage(lang: string, fields: Record<string, string | string[]>) {
  return answerOf(subscribePageAction(routeArgs(`/${lang}/newsletter`, undefined, fields)));
}

async function confirmationToken(): Promise<string> {
  const mails = await queuedMails();
  const mail = mails.findLast((queued) => queued.template === "newsletter-confirm");
  return tokenFromUrl(mail?.data.url);
}

describe("subscribing with double opt-in", () => {
  it("mails a confirmation link in the page's language and keeps the consent waiting for it", async () => {
    expect(await subscribeOnPage("fr", form("Chloe@Example.fr"))).toEqual({ sent: true });

    const mails = await queuedMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "newsletter-confirm", to: "chloe@example.fr", language: "fr" });
    expect(mails[0]?.data.url).toMatch(/^http:\/\/localhost:\d+\/fr\/newsletter\/confirm\?token=/);

    const subscriber = await db().newsletterSubscriber.findUniqueOrThrow({
      where: { email: "chloe@example.fr" },
      include: { consents: true },
    });
    expect(subscriber).toMatchObject({ status: "PENDING", language: "FR", topics: ["events", "internships"] });
    expect(subscriber.consents).toEqual([
      expect.objectContaining({
        source: "FORM",
        textVersion: NEWSLETTER_CONSENT_VERSION,
        language: "fr",
        confirmedAt: null,
      }),
    ]);
  });

  it("confirms only with the button: opening the link changes nothing", async () => {
    await subscribeOnPage("fr", form("chloe@example.fr"));
    const token = await confirmationToken();
    const path = `/fr/newsletter/confirm?token=${encodeURIComponent(token)}`;

    const page = await confirmPageLoader(routeArgs(path));
    expect(page.state).toBe("ready");
    expect(page.token).toBe(token);
    expect((await db().newsletterSubscriber.findFirstOrThrow()).status).toBe("PENDING");

    expect(await confirmPageAction(routeArgs(path, undefined, { token }))).toEqual({ state: "done" });
    const subscriber = await db().newsletterSubscriber.findFirstOrThrow({ include: { consents: true } });
    expect(subscriber.status).toBe("CONFIRMED");
    expect(subscriber.confirmedAt).not.toBeNull();
    expect(subscriber.consents[0]?.confirmedAt).not.toBeNull();

    // The link is used up: a second press says it is not valid any more.
    expect((await confirmPageLoader(routeArgs(path))).state).toBe("unknown");
  });

  it("refuses a link past its week", async () => {
    await subscribeOnPage("de", form("lena@example.de", { language: "DE" }));
    const token = await confirmationToken();
    await db().newsletterSubscriber.updateMany({ data: { confirmSentAt: new Date(Date.now() - 8 * 86_400_000) } });
    const path = `/de/newsletter/confirm?token=${encodeURIComponent(token)}`;
    expect((await confirmPageLoader(routeArgs(path))).state).toBe("expired");
    expect(await confirmPageAction(routeArgs(path, undefined, { token }))).toEqual({ state: "expired" });
    expect((await db().newsletterSubscriber.findFirstOrThrow()).status).toBe("PENDING");
  });

  it("answers bad input with a message per field and writes nothing", async () => {
    const answer = (await subscribeOnPage("fr", { email: "pas-une-adresse", language: "XX" })) as Response;
    expect(answer).toMatchObject({
      init: { status: 400 },
      data: {
        errors: {
          email: "newsletter:errors.emailInvalid",
          language: "newsletter:errors.languageRequired",
          topics: "newsletter:errors.topicsRequired",
          consent: "newsletter:errors.consentRequired",
        },
      },
    });
    expect(await db().newsletterSubscriber.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
  });

  it("answers the same for an erased account's address but writes and mails nothing", async () => {
    const user = await person("gone@example.de", "STUDENT");
    await db().$transaction((tx) => eraseAccount(tx, { id: user.id, email: "gone@example.de" }));
    expect(await subscribeOnPage("de", form("gone@example.de"))).toEqual({ sent: true });
    expect(await db().newsletterSubscriber.count()).toBe(0);
    expect(await queuedMails()).toEqual([]);
  });

  it("subscribes an account holder at once: the account already proved the address", async () => {
    const user = await person("jonas@example.de", "COMPANY_MEMBER");
    const outcome = await subscribe({
      email: user.email,
      language: "BOTH",
      topics: ["programmes"],
      siteLanguage: "de",
      source: "ACCOUNT",
      userId: user.id,
    });
    expect(outcome).toBe("confirmed");
    const subscriber = await db().newsletterSubscriber.findFirstOrThrow({ include: { consents: true } });
    expect(subscriber).toMatchObject({ status: "CONFIRMED", userId: user.id, language: "BOTH" });
    expect(subscriber.consents[0]).toMatchObject({ source: "ACCOUNT", language: "de" });
    expect(await queuedMails()).toEqual([]);
  });

  it("allows ten tries per address within 15 minutes, then answers 429", async () => {
    for (let i = 0; i < 10; i += 1) await subscribeOnPage("de", form("flood@example.de"));
    const thrown = await subscribeOnPage("de", form("flood@example.de")).catch((error: unknown) => error);
    expect(thrown).toMatchObject({ init: { status: 429 } });
  });

  it("takes a new address posted several times at once (a double click) without an error", async () => {
    const input = { email: "doppelt@example.de", language: "DE", topics: ["events"], siteLanguage: "de" } as const;
    const answers = await Promise.allSettled(
      Array.from({ length: 5 }, () => subscribe({ ...input, topics: [...input.topics], source: "FORM" })),
    );
    expect(answers.filter((answer) => answer.status === "rejected")).toEqual([]);
    const subscriber = await db().newsletterSubscriber.findUniqueOrThrow({
      where: { email: "doppelt@example.de" },
      include: { consents: true },
    });
    expect(subscriber.status).toBe("PENDING");
    expect(subscriber.consents).toHaveLength(5);
  });
});

async function confirmedSubscriber(email = "chloe@example.fr") {
  await subscribeOnPage("fr", form(email));
  const token = await confirmationToken();
  await confirmPageAction(routeArgs(`/fr/newsletter/confirm`, undefined, { token }));
  return db().newsletterSubscriber.findUniqueOrThrow({ where: { email } });
}

describe("preferences and unsubscribing by the signed link", () => {
  it("changes language and topics without logging in", async () => {
    const subscriber = await confirmedSubscriber();
    const path = `/fr/newsletter/preferences?s=${encodeURIComponent(subscriberKey(subscriber.id))}`;
    const page = await preferencesPageLoader(routeArgs(path));
    expect(page.subscriber).toMatchObject({ email: "chloe@example.fr", language: "FR", subscribed: true });

    const answer = (await answerOf(
      preferencesPageAction(routeArgs(path, undefined, { language: "BOTH", topics: "programmes" })),
    )) as Response;
    expect(answer.status).toBe(303);
    expect(await db().newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).toMatchObject({
      language: "BOTH",
      topics: ["programmes"],
    });
  });

  it("opens nothing with a forged or changed key", async () => {
    const subscriber = await confirmedSubscriber();
    const forged = `${subscriber.id}.${"A".repeat(43)}`;
    const page = await preferencesPageLoader(routeArgs(`/fr/newsletter/preferences?s=${forged}`));
    expect(page.subscriber).toBeNull();
    const answer = await answerOf(
      preferencesPageAction(routeArgs(`/fr/newsletter/preferences?s=${forged}`, undefined, { language: "DE" })),
    );
    expect((answer as Response).status).toBe(404);
    expect((await db().newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).language).toBe("FR");
  });

  it("unsubscribes at once with a one-click POST that carries no cookie and no Origin", async () => {
    const subscriber = await confirmedSubscriber();
    const url = `http://localhost/fr/newsletter/unsubscribe?s=${encodeURIComponent(subscriberKey(subscriber.id))}`;

    // Opening the link (a scanner, a preview) only shows the button.
    const page = await unsubscribePageLoader({
      request: new Request(url),
      params: { lang: "fr" },
      context: { requestId: "t" },
    });
    expect(page.state).toBe("ask");
    expect((await db().newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe(
      "CONFIRMED",
    );

    const request = new Request(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    const answer = (await unsubscribePageAction({
      request,
      params: { lang: "fr" },
      context: { requestId: "t" },
    })) as unknown as {
      init: { status: number };
    };
    expect(answer.init.status).toBe(200);
    expect((await db().newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe(
      "UNSUBSCRIBED",
    );
    expect(await isNewsletterBlocked(db(), "chloe@example.fr")).toBe(true);
  });

  it("takes a returning reader back once they confirm again", async () => {
    const subscriber = await confirmedSubscriber();
    const url = `/fr/newsletter/unsubscribe?s=${encodeURIComponent(subscriberKey(subscriber.id))}`;
    expect(await unsubscribePageAction(routeArgs(url, undefined, {}))).toMatchObject({ state: "done" });
    expect(await isNewsletterBlocked(db(), "chloe@example.fr")).toBe(true);

    await confirmedSubscriber();
    expect(await isNewsletterBlocked(db(), "chloe@example.fr")).toBe(false);
    expect((await db().newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("keeps only the keyed hash of a suppressed address once the person is erased", async () => {
    const subscriber = await confirmedSubscriber();
    await unsubscribePageAction(
      routeArgs(`/fr/newsletter/unsubscribe?s=${encodeURIComponent(subscriberKey(subscriber.id))}`, undefined, {}),
    );
    expect(await db().newsletterSuppression.findFirstOrThrow()).toMatchObject({ email: "chloe@example.fr" });

    await db().$transaction((tx) => forgetNewsletterAddress(tx, "chloe@example.fr"));
    expect(await db().newsletterSubscriber.count()).toBe(0);
    expect(await db().newsletterSuppression.findFirstOrThrow()).toEqual(
      expect.objectContaining({ email: null, emailHash: newsletterSuppressionHash("chloe@example.fr") }),
    );
    expect(await isNewsletterBlocked(db(), "chloe@example.fr")).toBe(true);
  });
});
