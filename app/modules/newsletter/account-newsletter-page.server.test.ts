import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { answerOf, cookieOf, person, routeArgs } from "../../../test/support/company-fixtures";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { accountNewsletterAction, accountNewsletterLoader } from "./account-newsletter-page.server";
import { isNewsletterBlocked } from "./subscribers.server";

/** The account's newsletter page: subscribing without a confirmation mail, changing, leaving. */
beforeEach(async () => {
  await resetAccountsAndQueue();
  await db().$executeRawUnsafe(`TRUNCATE newsletter_subscriber, newsletter_suppression CASCADE`);
});

const page = (cookie: string | undefined, form?: Record<string, string | string[]>, query = "") =>
  routeArgs(`/fr/account/newsletter${query}`, cookie, form, { lang: "fr" });

describe("/:lang/account/newsletter", () => {
  it("subscribes the account's address at once, with an account consent, and lets it change and leave", async () => {
    const user = await person("camille@example.fr", "STUDENT");
    const cookie = await cookieOf(user.id);
    expect(await accountNewsletterLoader(page(cookie))).toMatchObject({ subscribed: false, language: "FR" });

    const subscribed = (await answerOf(
      accountNewsletterAction(page(cookie, { language: "BOTH", topics: ["events", "programmes"] })),
    )) as Response;
    expect(subscribed.headers.get("Location")).toBe("/fr/account/newsletter?done=subscribed");
    const row = await db().newsletterSubscriber.findUniqueOrThrow({
      where: { email: "camille@example.fr" },
      include: { consents: true },
    });
    expect(row).toMatchObject({ status: "CONFIRMED", language: "BOTH", userId: user.id });
    expect(row.consents).toEqual([expect.objectContaining({ source: "ACCOUNT", language: "fr" })]);
    expect(row.consents[0]!.confirmedAt).not.toBeNull();
    expect(await queuedMails()).toEqual([]);

    await accountNewsletterAction(page(cookie, { language: "DE", topics: ["internships"] })).catch((r) => r);
    expect(await accountNewsletterLoader(page(cookie))).toMatchObject({
      subscribed: true,
      language: "DE",
      topics: ["internships"],
    });

    await accountNewsletterAction(page(cookie, {}, "?intent=unsubscribe")).catch((r) => r);
    expect((await db().newsletterSubscriber.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("UNSUBSCRIBED");
    expect(await db().$transaction((tx) => isNewsletterBlocked(tx, "camille@example.fr"))).toBe(true);
  });

  it("refuses a form without topics with a message and changes nothing", async () => {
    const user = await person("hugo@example.fr", "STUDENT");
    const answer = await answerOf(accountNewsletterAction(page(await cookieOf(user.id), { language: "FR" })));
    expect(answer).toMatchObject({ init: { status: 400 } });
    expect(await db().newsletterSubscriber.count()).toBe(0);
  });

  it("sends a visitor to log in", async () => {
    expect(((await answerOf(accountNewsletterLoader(page(undefined)))) as Response).status).toBe(302);
  });
});
