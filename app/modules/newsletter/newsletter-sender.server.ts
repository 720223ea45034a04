/**
 * The newsletter sender. It claims a few delivery rows at a time (status SENDING, claimed_at as a
 * lease), sends them over a pooled SMTP transport at the configured rate, and marks each row SENT
 * with its Message-ID the moment the server accepted it. A process killed at any moment leaves at
 * most the rows it had in flight (never more than the concurrency) in SENDING; once their lease
 * runs out they are sent again with the same Message-ID (edition + subscriber), so a receiving
 * server can drop the duplicate. Nobody is lost: a row is only ever SENT after acceptance.
 * See docs/decisions/0016-newsletter-sending.md.
 */
import fs from "node:fs";
import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { emailSuppressionHash, isEmailSuppressed } from "~/modules/mail/email-suppression.server";
import { mailerFromEnvironment } from "~/modules/mail/mailer.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { readBlocks } from "./edition-blocks";
import { resolveEdition, type ResolvedEdition } from "./edition-content.server";
import { renderForRecipient, type RecipientView } from "./editions.server";
import { languageOrder } from "./edition-mail";
import { newsletterSuppressionHash, preferencesUrl, subscriberKey, unsubscribeUrl } from "./subscribers.server";

export interface NewsletterMessage {
  to: string;
  from: string;
  envelopeFrom: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

/** Where messages go: a pooled SMTP transport, or the outbox folder without SMTP_URL. */
export interface SenderTransport {
  send(message: NewsletterMessage): Promise<void>;
  close(): void;
}

export interface SenderOptions {
  concurrency: number;
  perSecond: number;
  perHour: number;
  /** A SENDING row older than this belongs to a sender that died. */
  leaseMs: number;
  /** Pause the edition after this many failures in a row. */
  maxFailuresInARow: number;
  /** Give a recipient up after this many temporary failures. */
  maxAttempts: number;
  /** Return after this long (the job queues itself again), so one job never runs for hours. */
  stopAfterMs: number;
  transport?: SenderTransport;
}

export function senderOptionsFromEnvironment(overrides: Partial<SenderOptions> = {}): SenderOptions {
  const env = loadEnv();
  return {
    concurrency: env.NEWSLETTER_CONCURRENCY,
    perSecond: env.NEWSLETTER_RATE_PER_SECOND,
    perHour: env.NEWSLETTER_RATE_PER_HOUR,
    leaseMs: 60_000,
    maxFailuresInARow: 20,
    maxAttempts: 5,
    stopAfterMs: 5 * 60_000,
    ...overrides,
  };
}

function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

function domainOf(address: string): string {
  return address.split("@")[1] ?? "antenne.example";
}

/** The same for every attempt at the same mail, so a re-send after a crash is recognisably one. */
export function newsletterMessageId(editionId: string, subscriberId: string, from = loadEnv().MAIL_FROM): string {
  return `<newsletter.${editionId}.${subscriberId}@${domainOf(addressOf(from))}>`;
}

export function createSenderTransport(concurrency: number): SenderTransport {
  const env = loadEnv();
  if (!env.SMTP_URL) {
    const outbox = mailerFromEnvironment();
    return {
      async send(message) {
        await outbox.send({
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          headers: { ...message.headers, "Message-ID": message.messageId },
        });
      },
      close() {},
    };
  }
  return createSmtpSenderTransport(env.SMTP_URL, concurrency, dkimFromEnvironment());
}

function dkimFromEnvironment() {
  const env = loadEnv();
  if (!env.DKIM_DOMAIN || !env.DKIM_SELECTOR || !env.DKIM_PRIVATE_KEY_FILE) return undefined;
  return {
    domainName: env.DKIM_DOMAIN,
    keySelector: env.DKIM_SELECTOR,
    privateKey: fs.readFileSync(env.DKIM_PRIVATE_KEY_FILE, "utf8"),
  };
}

/** One pool of `concurrency` SMTP connections, reused for every message (DKIM-signed when configured). */
export function createSmtpSenderTransport(
  url: string,
  concurrency: number,
  dkim?: { domainName: string; keySelector: string; privateKey: string },
): SenderTransport {
  const options = {
    url,
    pool: true,
    maxConnections: concurrency,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    ...(dkim ? { dkim } : {}),
  } as SMTPPool.Options;
  const transporter = nodemailer.createTransport(options);
  return {
    async send(message) {
      await transporter.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        messageId: message.messageId,
        headers: message.headers,
        envelope: { from: message.envelopeFrom, to: message.to },
      });
    },
    close: () => transporter.close(),
  };
}

/** A failure the server says will not go away (5xx) or one that may (4xx, a dropped connection). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** 1, 2, 4, 8 … minutes after each temporary failure, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

interface ClaimedRow {
  id: bigint;
  subscriber_id: string;
  attempts: number;
}

/** Rows claimed per round trip, as a multiple of the concurrency. */
const CLAIM_ROUNDS = 10;

const PLACEHOLDER_LINKS = {
  preferences: "https://newsletter.invalid/preferences-link",
  unsubscribe: "https://newsletter.invalid/unsubscribe-link",
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SenderOutcome = "finished" | "paused" | "stopped" | "not-sending" | "waiting";

/**
 * Sends an edition's waiting deliveries until none is left, the edition is paused or cancelled,
 * or `stopAfterMs` has passed. Safe to run in several processes at once (rows are claimed with
 * SKIP LOCKED), though each then sends at the full rate.
 */
export async function sendEdition(editionId: string, options: SenderOptions): Promise<SenderOutcome> {
  const env = loadEnv();
  const from = env.MAIL_FROM;
  const envelopeFrom = env.NEWSLETTER_BOUNCE_ADDRESS ?? addressOf(from);
  const domain = domainOf(addressOf(from));
  const transport = options.transport ?? createSenderTransport(options.concurrency);
  const started = Date.now();
  const slotMs = 1000 / options.perSecond;
  let nextSlot = Date.now();
  let failuresInARow = 0;
  let sentLastHour = 0;
  let hourCountedAt = 0;
  let resolved: ResolvedEdition | undefined;
  const rendered = new Map<string, ReturnType<typeof renderForRecipient>>();

  try {
    for (;;) {
      const edition = await db().newsletterEdition.findUnique({ where: { id: editionId } });
      if (!edition || edition.status !== "SENDING") return "not-sending";
      if (Date.now() - started > options.stopAfterMs) return "stopped";
      resolved ??= await resolveEdition({ ...edition, blocks: readBlocks(edition.blocks) });

      // Rows a dead sender had claimed go back to the queue once their lease has run out.
      await db().$executeRaw`
        UPDATE newsletter_delivery SET status = 'WAITING', claimed_at = NULL
        WHERE edition_id = ${editionId}::uuid AND status = 'SENDING'
          AND claimed_at < now() - make_interval(secs => ${options.leaseMs / 1000})`;

      // The hour's budget, counted again at most once a second (the count reads the last hour's rows).
      if (Date.now() - hourCountedAt > 1000) {
        sentLastHour = await db().newsletterDelivery.count({
          where: { status: "SENT", sentAt: { gte: new Date(Date.now() - 3_600_000) } },
        });
        hourCountedAt = Date.now();
      }
      // A few rounds of work per claim; only `concurrency` of them are ever in flight at once.
      const budget = Math.min(options.concurrency * CLAIM_ROUNDS, options.perHour - sentLastHour);
      if (budget <= 0) return "waiting";

      const claimed = await db().$queryRaw<ClaimedRow[]>`
        UPDATE newsletter_delivery SET status = 'SENDING', claimed_at = now(), attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM newsletter_delivery
          WHERE edition_id = ${editionId}::uuid AND status = 'WAITING' AND next_attempt_at <= now()
          ORDER BY id LIMIT ${budget} FOR UPDATE SKIP LOCKED)
        RETURNING id, subscriber_id, attempts`;

      if (claimed.length === 0) {
        const open = await db().newsletterDelivery.count({
          where: { editionId, status: { in: ["WAITING", "SENDING"] } },
        });
        if (open === 0) {
          await db().newsletterEdition.updateMany({
            where: { id: editionId, status: "SENDING" },
            data: { status: "SENT", sentAt: new Date() },
          });
          return "finished";
        }
        // Retries wait for their time, or another sender holds the rest.
        if (Date.now() - started + 1000 > options.stopAfterMs) return "waiting";
        await sleep(1000);
        continue;
      }

      const subscribers = await db().newsletterSubscriber.findMany({
        where: { id: { in: claimed.map((row) => row.subscriber_id) } },
      });
      const byId = new Map(subscribers.map((subscriber) => [subscriber.id, subscriber]));
      // Block lists checked for the whole batch at once: erased accounts and the newsletter's own.
      const erasedHashes = new Set(
        (
          await db().emailSuppression.findMany({
            where: { emailHash: { in: subscribers.map((subscriber) => emailSuppressionHash(subscriber.email)) } },
            select: { emailHash: true },
          })
        ).map((row) => row.emailHash),
      );
      const suppressedHashes = new Set(
        (
          await db().newsletterSuppression.findMany({
            where: { emailHash: { in: subscribers.map((subscriber) => newsletterSuppressionHash(subscriber.email)) } },
            select: { emailHash: true },
          })
        ).map((row) => row.emailHash),
      );
      const blocked = async (email: string) =>
        suppressedHashes.has(newsletterSuppressionHash(email)) ||
        (erasedHashes.has(emailSuppressionHash(email)) && (await isEmailSuppressed(db(), email)));

      const sendOne = async (row: ClaimedRow) => {
        const subscriber = byId.get(row.subscriber_id);
        if (!subscriber || subscriber.status !== "CONFIRMED" || (await blocked(subscriber.email))) {
          await db().newsletterDelivery.update({
            where: { id: row.id },
            data: { status: "SKIPPED", claimedAt: null, lastError: "not subscribed any more" },
          });
          return "skipped" as const;
        }
        // Readers with the same languages, order and topics get the same mail but for their own
        // links: rendered once, then the links are put in.
        const recipient: RecipientView = subscriber;
        const order = languageOrder(subscriber.language, subscriber.country, subscriber.signupLanguage);
        const cacheKey = `${order.join(",")}:${[...subscriber.topics].sort().join(",")}`;
        let template = rendered.get(cacheKey);
        if (!template) {
          template = renderForRecipient(resolved!, recipient, "de", PLACEHOLDER_LINKS);
          rendered.set(cacheKey, template);
        }
        const linkLanguage = order[0] ?? "de";
        const unsubscribe = unsubscribeUrl(linkLanguage, subscriber.id);
        const personal = (body: string) =>
          body
            .replaceAll(PLACEHOLDER_LINKS.preferences, preferencesUrl(linkLanguage, subscriber.id))
            .replaceAll(PLACEHOLDER_LINKS.unsubscribe, unsubscribe);
        const mail = { subject: template.subject, html: personal(template.html), text: personal(template.text) };
        const messageId = newsletterMessageId(editionId, subscriber.id, from);
        const mailto = `mailto:${envelopeFrom}?subject=${encodeURIComponent(`unsubscribe ${subscriberKey(subscriber.id)}`)}`;
        // Pace the starts: the per-second rate holds whatever the concurrency.
        const slot = Math.max(nextSlot, Date.now());
        nextSlot = slot + slotMs;
        await sleep(slot - Date.now());
        try {
          await transport.send({
            to: subscriber.email,
            from,
            envelopeFrom,
            subject: mail.subject,
            html: mail.html,
            text: mail.text,
            messageId,
            headers: {
              // ASCII only: nodemailer would encode the whole value, angle brackets and all (RFC 2919).
              "List-Id": `Antenne Metropole Newsletter <newsletter.${domain}>`,
              "List-Unsubscribe": `<${unsubscribe}>, <${mailto}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
              Precedence: "bulk",
              "Content-Language": subscriber.language === "BOTH" ? "de, fr" : subscriber.language.toLowerCase(),
            },
          });
          await db().newsletterDelivery.update({
            where: { id: row.id },
            data: { status: "SENT", sentAt: new Date(), messageId, claimedAt: null, lastError: null },
          });
          return "sent" as const;
        } catch (error) {
          const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
          const permanent = isPermanentFailure(error) || row.attempts >= options.maxAttempts;
          await db().newsletterDelivery.update({
            where: { id: row.id },
            data: permanent
              ? { status: "FAILED", claimedAt: null, lastError: message }
              : {
                  status: "WAITING",
                  claimedAt: null,
                  lastError: message,
                  nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts)),
                },
          });
          return "failed" as const;
        }
      };
      // `concurrency` workers take the claimed rows one by one.
      const queue = [...claimed];
      let paused = false;
      await Promise.all(
        Array.from({ length: Math.min(options.concurrency, queue.length) }, async () => {
          for (let row = queue.shift(); row && !paused; row = queue.shift()) {
            const result = await sendOne(row);
            if (result === "failed") failuresInARow += 1;
            else if (result === "sent") failuresInARow = 0;
            if (failuresInARow >= options.maxFailuresInARow) paused = true;
          }
        }),
      );
      // Rows claimed but not started when pausing go straight back to the queue.
      if (queue.length > 0) {
        await db().newsletterDelivery.updateMany({
          where: { id: { in: queue.map((row) => row.id) }, status: "SENDING" },
          data: { status: "WAITING", claimedAt: null, attempts: { decrement: 1 } },
        });
      }
      if (failuresInARow >= options.maxFailuresInARow) {
        await db().newsletterEdition.updateMany({
          where: { id: editionId, status: "SENDING" },
          data: { status: "PAUSED" },
        });
        logger.warn({ editionId, failuresInARow }, "newsletter paused after failures in a row");
        return "paused";
      }
    }
  } finally {
    if (!options.transport) transport.close();
  }
}
