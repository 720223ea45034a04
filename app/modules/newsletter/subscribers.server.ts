/**
 * Newsletter subscribers: double opt-in, consent records, preferences, unsubscribing and the
 * suppression list. Every change happens in one transaction with the mail it causes.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { NewsletterConsentSource, NewsletterSuppressionReason, Prisma } from "~/generated/prisma/client";
import type { Language } from "~/modules/i18n/languages";
import { isEmailSuppressed } from "~/modules/mail/email-suppression.server";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { sessionSecret } from "~/utils/secrets.server";
import { NEWSLETTER_CONSENT_VERSION, type NewsletterLanguageChoice, type NewsletterTopic } from "./newsletter.schema";
import { readSubscriberKey, signSubscriberKey } from "./preference-link";

type Tx = Prisma.TransactionClient;

/** A confirmation link stays valid for a week. */
export const CONFIRM_LINK_DAYS = 7;

function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", sessionSecret()).update(`${purpose}:${value}`).digest("base64url");
}

export function newsletterSuppressionHash(email: string): string {
  return keyedHash("newsletter-suppression", email.trim().toLowerCase());
}

const confirmTokenHash = (token: string) => keyedHash("newsletter-confirm", token);

export function subscriberKey(subscriberId: string): string {
  return signSubscriberKey(subscriberId, sessionSecret());
}

export function subscriberIdFromKey(key: string): string | null {
  return readSubscriberKey(key, sessionSecret());
}

const appUrl = () => loadEnv().APP_URL.replace(/\/$/, "");

export function confirmUrl(language: Language, token: string): string {
  return `${appUrl()}/${language}/newsletter/confirm?token=${encodeURIComponent(token)}`;
}

export function preferencesUrl(language: Language, subscriberId: string): string {
  return `${appUrl()}/${language}/newsletter/preferences?s=${encodeURIComponent(subscriberKey(subscriberId))}`;
}

/** The RFC 8058 target: a POST here unsubscribes at once; a GET only shows a button. */
export function unsubscribeUrl(language: Language, subscriberId: string): string {
  return `${appUrl()}/${language}/newsletter/unsubscribe?s=${encodeURIComponent(subscriberKey(subscriberId))}`;
}

/**
 * Whether the newsletter must not write to an address: an erased account's block list, or the
 * newsletter's own suppression list (bounces, complaints, unsubscribes).
 */
export async function isNewsletterBlocked(client: Tx, email: string): Promise<boolean> {
  if (await isEmailSuppressed(client, email)) return true;
  const row = await client.newsletterSuppression.findUnique({ where: { emailHash: newsletterSuppressionHash(email) } });
  return row !== null;
}

export async function suppressNewsletterAddress(
  tx: Tx,
  email: string,
  reason: NewsletterSuppressionReason,
): Promise<void> {
  const normalized = email.trim().toLowerCase();
  await tx.newsletterSuppression.upsert({
    where: { emailHash: newsletterSuppressionHash(normalized) },
    create: { emailHash: newsletterSuppressionHash(normalized), email: normalized, reason },
    // A complaint or hard bounce outranks an earlier unsubscribe in what staff see.
    update: reason === "UNSUBSCRIBE" ? {} : { reason },
  });
}

export interface SubscribeInput {
  email: string;
  language: NewsletterLanguageChoice;
  topics: NewsletterTopic[];
  /** The site's language the form was filled in. */
  siteLanguage: Language;
  source: NewsletterConsentSource;
  userId?: string;
}

export type SubscribeOutcome = "confirmation-sent" | "confirmed" | "already-confirmed" | "blocked";

/**
 * Someone asks for the newsletter. A new or not yet confirmed address gets a confirmation mail
 * (double opt-in) and a consent record waiting for its confirmation. The answer on the page is
 * the same in every case, so the form tells nobody whether an address is subscribed.
 *
 * From the account (`source: ACCOUNT`) the address is already confirmed by the account, so the
 * subscription is confirmed at once.
 */
export async function subscribe(input: SubscribeInput, now = new Date()): Promise<SubscribeOutcome> {
  const email = input.email.trim().toLowerCase();
  return db().$transaction(async (tx) => {
    // An erased person's address is never written to, not even to confirm.
    if (await isEmailSuppressed(tx, email)) return "blocked";
    const existing = await tx.newsletterSubscriber.findUnique({ where: { email } });
    if (existing?.status === "CONFIRMED") return "already-confirmed";
    const confirmedNow = input.source === "ACCOUNT";
    const token = randomBytes(32).toString("base64url");
    const fields = {
      language: input.language,
      topics: input.topics,
      signupLanguage: input.siteLanguage,
      userId: input.userId ?? existing?.userId ?? null,
      status: confirmedNow ? ("CONFIRMED" as const) : ("PENDING" as const),
      confirmTokenHash: confirmedNow ? null : confirmTokenHash(token),
      confirmSentAt: confirmedNow ? null : now,
      confirmedAt: confirmedNow ? now : null,
      unsubscribedAt: null,
      softBounces: 0,
    };
    // A new address posted twice at once (a double click) must not fail on the unique address:
    // the upsert is one INSERT … ON CONFLICT, so the later post updates the row the first wrote.
    const subscriber = existing
      ? await tx.newsletterSubscriber.update({ where: { id: existing.id }, data: fields })
      : await tx.newsletterSubscriber.upsert({ where: { email }, create: { email, ...fields }, update: fields });
    await tx.newsletterConsent.create({
      data: {
        subscriberId: subscriber.id,
        source: input.source,
        textVersion: NEWSLETTER_CONSENT_VERSION,
        language: input.siteLanguage,
        givenAt: now,
        confirmedAt: confirmedNow ? now : null,
      },
    });
    if (confirmedNow) {
      await tx.newsletterSuppression.deleteMany({ where: { emailHash: newsletterSuppressionHash(email) } });
      return "confirmed";
    }
    await queueMail(tx, {
      template: "newsletter-confirm",
      to: email,
      language: input.siteLanguage,
      data: { url: confirmUrl(input.siteLanguage, token) },
    });
    return "confirmation-sent";
  });
}

export type ConfirmCheck = { status: "valid"; email: string } | { status: "unknown" | "expired" | "confirmed" };

function linkExpired(sentAt: Date | null, now: Date): boolean {
  return !sentAt || now.getTime() - sentAt.getTime() > CONFIRM_LINK_DAYS * 86_400_000;
}

/** What the confirmation link's page shows. Reading it never confirms (mail scanners follow links). */
export async function checkConfirmToken(token: string, now = new Date()): Promise<ConfirmCheck> {
  if (!token) return { status: "unknown" };
  const subscriber = await db().newsletterSubscriber.findUnique({
    where: { confirmTokenHash: confirmTokenHash(token) },
  });
  if (!subscriber) return { status: "unknown" };
  if (linkExpired(subscriber.confirmSentAt, now)) return { status: "expired" };
  return { status: "valid", email: subscriber.email };
}

/**
 * The confirmation button: the subscription and its consent record become confirmed, and the
 * address leaves the suppression list (the person has asked for the newsletter again).
 */
export async function confirmSubscription(token: string, now = new Date()): Promise<ConfirmCheck> {
  if (!token) return { status: "unknown" };
  return db().$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findUnique({
      where: { confirmTokenHash: confirmTokenHash(token) },
    });
    if (!subscriber) return { status: "unknown" };
    if (linkExpired(subscriber.confirmSentAt, now)) return { status: "expired" };
    const { count } = await tx.newsletterSubscriber.updateMany({
      where: { id: subscriber.id, confirmTokenHash: confirmTokenHash(token) },
      data: { status: "CONFIRMED", confirmedAt: now, confirmTokenHash: null, softBounces: 0 },
    });
    if (count === 0) return { status: "confirmed" };
    await tx.newsletterConsent.updateMany({
      where: { subscriberId: subscriber.id, confirmedAt: null },
      data: { confirmedAt: now },
    });
    await tx.newsletterSuppression.deleteMany({ where: { emailHash: newsletterSuppressionHash(subscriber.email) } });
    return { status: "valid", email: subscriber.email };
  });
}

export interface SubscriberPreferences {
  id: string;
  email: string;
  language: NewsletterLanguageChoice;
  topics: NewsletterTopic[];
  subscribed: boolean;
}

/** The subscription a signed link opens, or null for a bad or dead link. */
export async function preferencesByKey(key: string): Promise<SubscriberPreferences | null> {
  const id = subscriberIdFromKey(key);
  if (!id) return null;
  const subscriber = await db().newsletterSubscriber.findUnique({ where: { id } });
  if (!subscriber) return null;
  return {
    id: subscriber.id,
    email: subscriber.email,
    language: subscriber.language,
    topics: subscriber.topics as NewsletterTopic[],
    subscribed: subscriber.status === "CONFIRMED",
  };
}

export async function updatePreferences(
  subscriberId: string,
  input: { language: NewsletterLanguageChoice; topics: NewsletterTopic[] },
): Promise<void> {
  await db().newsletterSubscriber.update({ where: { id: subscriberId }, data: input });
}

/**
 * Unsubscribes at once (the preference page's button, or a mail client's one-click POST): no
 * further mail, and the address goes on the suppression list. Waiting deliveries are skipped.
 */
export async function unsubscribe(subscriberId: string, now = new Date()): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findUnique({ where: { id: subscriberId } });
    if (!subscriber) return false;
    await tx.newsletterSubscriber.update({
      where: { id: subscriberId },
      data: { status: "UNSUBSCRIBED", unsubscribedAt: now, confirmTokenHash: null },
    });
    await tx.newsletterDelivery.updateMany({
      where: { subscriberId, status: "WAITING" },
      data: { status: "SKIPPED", lastError: "unsubscribed" },
    });
    await suppressNewsletterAddress(tx, subscriber.email, "UNSUBSCRIBE");
    return true;
  });
}

/**
 * Account erasure: the subscription and its consents go, and the suppression list keeps only the
 * keyed hash of the address. Call inside the erasure's transaction.
 */
export async function forgetNewsletterAddress(tx: Tx, email: string): Promise<void> {
  const normalized = email.trim().toLowerCase();
  await tx.newsletterSubscriber.deleteMany({ where: { email: normalized } });
  await tx.newsletterSuppression.updateMany({
    where: { emailHash: newsletterSuppressionHash(normalized) },
    data: { email: null },
  });
}

/** The subscription of a signed-in account, for its account page. */
export async function subscriptionOfUser(userId: string, email: string) {
  return db().newsletterSubscriber.findFirst({
    where: { OR: [{ userId }, { email: email.toLowerCase() }] },
    select: { id: true, status: true, language: true, topics: true },
  });
}
