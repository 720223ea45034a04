/**
 * The newsletter sender. It claims a few delivery rows at a time (status SENDING, claimed_at as a
 * lease), sends them over a pooled SMTP transport at the configured rate, and marks each row SENT
 * with its Message-ID the moment the server accepted it. A process killed at any moment leaves at
 * most the rows it had in flight (never more than the concurrency) in SENDING; once their lease
 * runs out they are sent again with the same Message-ID (edition + subscriber), so a receiving
 * server can drop the duplicate. Nobody is lost: a row is only ever SENT after acceptance.
 * Each mail is encoded once per variant (prepared-mail.server.ts), and a worker sends its next
 * mail while the last one is marked, holding back only its final dot until the mark is written.
 * See docs/decisions/0016-newsletter-sending.md, 0023 and 0032.
 */
import fs from "node:fs";
import { Readable } from "node:stream";
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
import { prepareVariant, type PreparedVariant } from "./prepared-mail.server";
import { newsletterSuppressionHash, preferencesUrl, subscriberKey, unsubscribeUrl } from "./subscribers.server";

export interface NewsletterMessage {
  to: string;
  from: string;
  envelopeFrom: string;
  subject: string;
  messageId: string;
  headers: Record<string, string>;
  /** This reader's bodies, for the outbox (which stores HTML and text). */
  bodies(): { html: string; text: string };
  /** The whole message from the variant encoded once (prepared-mail.server.ts), for SMTP. */
  raw(): string;
}

/** Where messages go: a pooled SMTP transport, or the outbox folder without SMTP_URL. */
export interface SenderTransport {
  /**
   * Resolves once the message is accepted. It must not be complete before `before()` has
   * resolved (it writes the mark of this worker's previous mail): SMTP gets every byte but the
   * final dot meanwhile.
   */
  send(message: NewsletterMessage, before: Mark): Promise<void>;
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
      async send(message, before) {
        await before();
        await outbox.send({
          to: message.to,
          subject: message.subject,
          ...message.bodies(),
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
    async send(message, before) {
      // Composed already (headers by nodemailer, bodies encoded once per variant): one write.
      // The stream ends, and nodemailer sends the dot that lets the server accept the mail,
      // only once the previous mail of this worker is marked sent.
      const raw = Buffer.from(message.raw());
      await transporter.sendMail({
        raw: Readable.from(
          (async function* () {
            yield raw;
            await before();
          })(),
        ),
        messageId: message.messageId,
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

/** A claimed row with its mail, ready for a worker. */
interface ReadyMail {
  row: ClaimedRow;
  message: NewsletterMessage;
}

/**
 * Rows claimed per round trip, as a multiple of the concurrency: each claim also reads the
 * edition, the hour's count, the subscribers and both block lists, so claiming for 40 rounds at
 * once (200 rows at concurrency 5) took the sender from ~870 to ~1,080 mails a second in
 * bench:newsletter. Claimed rows wait in SENDING; this sender never takes them back itself.
 */
const CLAIM_ROUNDS = 40;

const PLACEHOLDER_LINKS = {
  preferences: "https://newsletter.invalid/preferences-link",
  unsubscribe: "https://newsletter.invalid/unsubscribe-link",
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a refill still running (set from the workers' closures, so typed loosely here). */
const settled = (refill: Promise<void> | null) => (refill ?? Promise.resolve()).catch(() => undefined);

export type SenderOutcome = "finished" | "paused" | "stopped" | "not-sending" | "waiting";

/** Writes a mark (and every other one waiting) when called; resolves once it is written. */
export type Mark = () => Promise<void>;

const MARKED: Mark = () => Promise.resolve();

/**
 * Marks rows SENT by group commit, when they are needed: a mark waits until a worker needs its
 * own written (before the final dot of its next mail, or when it stops), and then every mark
 * waiting goes in the same UPDATE. So each worker has at most one accepted-but-unmarked mail (the
 * crash guarantee holds) while the database sees one round trip per several mails.
 */
function sentMarker() {
  type Batch = { rows: { id: bigint; messageId: string }[]; written: Promise<void> | null };
  let collecting: Batch | null = null;
  let previous: Promise<unknown> = Promise.resolve();
  const write = (batch: Batch): Promise<void> => {
    if (batch.written) return batch.written;
    // Marks from now on go in the next batch.
    if (collecting === batch) collecting = null;
    batch.written = previous.then(async () => {
      // Ids as text: a bigint[] parameter does not reach PostgreSQL as one.
      const ids = batch.rows.map((row) => row.id.toString());
      // The commit does not wait for the disk (synchronous_commit off for this statement only):
      // if the sender dies, PostgreSQL still has the row; only a crash of PostgreSQL itself could
      // undo the last fraction of a second of marks, and those mails are then sent again with
      // the same Message-ID — a duplicate a server drops, never a loss.
      const marked = await db().$executeRaw`
          WITH fast AS (SELECT set_config('synchronous_commit', 'off', true))
          UPDATE newsletter_delivery AS d
          SET status = 'SENT', sent_at = ${new Date()}, message_id = m.message_id, claimed_at = NULL, last_error = NULL
          FROM unnest(${ids}::text[], ${batch.rows.map((row) => row.messageId)}::text[]) AS m(id, message_id), fast
          WHERE d.id = m.id::bigint`;
      if (marked !== batch.rows.length) throw new Error(`marked ${marked} of ${batch.rows.length} newsletter rows`);
    });
    previous = batch.written.catch(() => undefined);
    return batch.written;
  };
  return (id: bigint, messageId: string): Mark => {
    collecting ??= { rows: [], written: null };
    const batch = collecting;
    batch.rows.push({ id, messageId });
    return () => write(batch);
  };
}

/**
 * Sends an edition's waiting deliveries until none is left, the edition is paused or cancelled,
 * or `stopAfterMs` has passed. Safe to run in several processes at once (rows are claimed with
 * SKIP LOCKED), though each then sends at the full rate.
 *
 * `concurrency` workers take prepared mails from a queue; the next rows are claimed, checked
 * against the block lists and rendered while the workers are still sending the previous ones,
 * so the SMTP connections never wait for the database.
 */
export async function sendEdition(editionId: string, options: SenderOptions): Promise<SenderOutcome> {
  const env = loadEnv();
  const from = env.MAIL_FROM;
  const envelopeFrom = env.NEWSLETTER_BOUNCE_ADDRESS ?? addressOf(from);
  const domain = domainOf(addressOf(from));
  const listId = `Antenne Metropole Newsletter <newsletter.${domain}>`;
  const transport = options.transport ?? createSenderTransport(options.concurrency);
  const markSent = sentMarker();
  const started = Date.now();
  const slotMs = 1000 / options.perSecond;
  let nextSlot = Date.now();
  let failuresInARow = 0;
  let sentLastHour = 0;
  let hourCountedAt = 0;
  let resolved: ResolvedEdition | undefined;
  const rendered = new Map<string, ReturnType<typeof renderForRecipient> & { prepared: PreparedVariant }>();

  const queue: ReadyMail[] = [];
  let outcome: SenderOutcome | null = null;
  let refilling: Promise<void> | null = null;
  /** Rows this sender has claimed and not yet let go (queued or in flight): never reclaimed under it. */
  const held = new Set<bigint>();
  /** The last refill found no row ready: the workers finish the queue and the loop looks again. */
  let exhausted = false;

  /** The mail of one reader: rendered and encoded once per variant (languages, order, topics), then the links put in. */
  const mailFor = async (subscriber: {
    id: string;
    email: string;
    language: "DE" | "FR" | "BOTH";
    country: "DE" | "FR" | null;
    signupLanguage: string;
    topics: string[];
  }): Promise<NewsletterMessage> => {
    const order = languageOrder(subscriber.language, subscriber.country, subscriber.signupLanguage);
    const cacheKey = `${order.join(",")}:${[...subscriber.topics].sort().join(",")}`;
    let template = rendered.get(cacheKey);
    if (!template) {
      const bodies = renderForRecipient(resolved!, subscriber satisfies RecipientView, "de", PLACEHOLDER_LINKS);
      template = { ...bodies, prepared: await prepareVariant(bodies, PLACEHOLDER_LINKS) };
      rendered.set(cacheKey, template);
    }
    const variant = template;
    const linkLanguage = order[0] ?? "de";
    const key = subscriberKey(subscriber.id);
    const unsubscribe = unsubscribeUrl(linkLanguage, subscriber.id);
    const preferences = preferencesUrl(linkLanguage, subscriber.id);
    const personal = (body: string) =>
      body
        .replaceAll(PLACEHOLDER_LINKS.preferences, preferences)
        .replaceAll(PLACEHOLDER_LINKS.unsubscribe, unsubscribe);
    const mailto = `mailto:${envelopeFrom}?subject=${encodeURIComponent(`unsubscribe ${key}`)}`;
    const message: Omit<NewsletterMessage, "bodies" | "raw"> = {
      to: subscriber.email,
      from,
      envelopeFrom,
      subject: variant.subject,
      messageId: newsletterMessageId(editionId, subscriber.id, from),
      headers: {
        // ASCII only: nodemailer would encode the whole value, angle brackets and all (RFC 2919).
        "List-Id": listId,
        "List-Unsubscribe": `<${unsubscribe}>, <${mailto}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        Precedence: "bulk",
        "Content-Language": subscriber.language === "BOTH" ? "de, fr" : subscriber.language.toLowerCase(),
      },
    };
    return {
      ...message,
      bodies: () => ({ html: personal(variant.html), text: personal(variant.text) }),
      raw: () => variant.prepared.message(message, { preferences, unsubscribe }),
    };
  };

  /** Claims the next rows and prepares their mails; sets `outcome` when there is nothing more to do now. */
  const refill = async (): Promise<void> => {
    const edition = await db().newsletterEdition.findUnique({ where: { id: editionId } });
    if (!edition || edition.status !== "SENDING") {
      outcome = "not-sending";
      return;
    }
    if (Date.now() - started > options.stopAfterMs) {
      outcome = "stopped";
      return;
    }
    resolved ??= await resolveEdition({ ...edition, blocks: readBlocks(edition.blocks) });

    // Every time here is the app's clock, passed in, never PostgreSQL's now() (ADR 31).
    // Rows a dead sender had claimed go back to the queue once their lease has run out (not the
    // ones this sender still holds: a prepared row may wait in the queue longer than the lease).
    await db().$executeRaw`
      UPDATE newsletter_delivery SET status = 'WAITING', claimed_at = NULL
      WHERE edition_id = ${editionId}::uuid AND status = 'SENDING'
        AND claimed_at < ${new Date(Date.now() - options.leaseMs)}
        AND NOT (id::text = ANY(${[...held].map(String)}::text[]))`;

    // The hour's budget, counted again at most once a second (the count reads the last hour's rows).
    if (Date.now() - hourCountedAt > 1000) {
      sentLastHour = await db().newsletterDelivery.count({
        where: { status: "SENT", sentAt: { gte: new Date(Date.now() - 3_600_000) } },
      });
      hourCountedAt = Date.now();
    }
    const budget = Math.min(options.concurrency * CLAIM_ROUNDS, options.perHour - sentLastHour);
    if (budget <= 0) {
      outcome = "waiting";
      return;
    }
    const claimed = await db().$queryRaw<ClaimedRow[]>`
      UPDATE newsletter_delivery SET status = 'SENDING', claimed_at = ${new Date()}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM newsletter_delivery
        WHERE edition_id = ${editionId}::uuid AND status = 'WAITING' AND next_attempt_at <= ${new Date()}
        ORDER BY id LIMIT ${budget} FOR UPDATE SKIP LOCKED)
      RETURNING id, subscriber_id, attempts`;
    if (claimed.length === 0) {
      exhausted = true;
      return;
    }
    sentLastHour += claimed.length;

    const subscribers = await db().newsletterSubscriber.findMany({
      where: { id: { in: claimed.map((row) => row.subscriber_id) } },
      select: {
        id: true,
        email: true,
        status: true,
        language: true,
        country: true,
        signupLanguage: true,
        topics: true,
      },
    });
    const byId = new Map(subscribers.map((subscriber) => [subscriber.id, subscriber]));
    // Block lists checked for the whole batch at once: erased accounts and the newsletter's own.
    const [erased, suppressed] = await Promise.all([
      db().emailSuppression.findMany({
        where: { emailHash: { in: subscribers.map((subscriber) => emailSuppressionHash(subscriber.email)) } },
        select: { emailHash: true },
      }),
      db().newsletterSuppression.findMany({
        where: { emailHash: { in: subscribers.map((subscriber) => newsletterSuppressionHash(subscriber.email)) } },
        select: { emailHash: true },
      }),
    ]);
    const erasedHashes = new Set(erased.map((row) => row.emailHash));
    const suppressedHashes = new Set(suppressed.map((row) => row.emailHash));
    const skipped: bigint[] = [];
    for (const row of claimed.sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const subscriber = byId.get(row.subscriber_id);
      const blocked =
        !subscriber ||
        subscriber.status !== "CONFIRMED" ||
        suppressedHashes.has(newsletterSuppressionHash(subscriber.email)) ||
        (erasedHashes.has(emailSuppressionHash(subscriber.email)) && (await isEmailSuppressed(db(), subscriber.email)));
      if (blocked) skipped.push(row.id);
      else {
        held.add(row.id);
        queue.push({ row, message: await mailFor(subscriber) });
      }
    }
    if (skipped.length > 0) {
      await db().newsletterDelivery.updateMany({
        where: { id: { in: skipped } },
        data: { status: "SKIPPED", claimedAt: null, lastError: "not subscribed any more" },
      });
    }
  };

  /** One refill at a time, shared by every worker that asks for it. */
  const refillOnce = () => {
    refilling ??= refill().finally(() => {
      refilling = null;
    });
    return refilling;
  };

  /**
   * Sends one mail while the worker's previous one is being marked (`previous`); returns the
   * promise of this one's mark. The transport holds back the end of the mail until `previous`
   * is written, so a worker never has more than one accepted mail without its mark.
   */
  const sendOne = async (
    { row, message }: ReadyMail,
    previous: Mark,
  ): Promise<{ result: "sent" | "failed"; marked: Mark }> => {
    // Pace the starts: the per-second rate holds whatever the concurrency.
    const slot = Math.max(nextSlot, Date.now());
    nextSlot = slot + slotMs;
    if (slot > Date.now()) await sleep(slot - Date.now());
    try {
      await transport.send(message, previous);
    } catch (error) {
      // A mark that failed is the sender's failure (thrown from here), not this reader's.
      await previous();
      const text = error instanceof Error ? error.message.slice(0, 500) : String(error);
      const permanent = isPermanentFailure(error) || row.attempts >= options.maxAttempts;
      await db().newsletterDelivery.update({
        where: { id: row.id },
        data: permanent
          ? { status: "FAILED", claimedAt: null, lastError: text }
          : {
              status: "WAITING",
              claimedAt: null,
              lastError: text,
              nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts)),
            },
      });
      held.delete(row.id);
      return { result: "failed", marked: MARKED };
    }
    await previous();
    const mark = markSent(row.id, message.messageId);
    // Written by the next send (before its final dot) or when the worker stops.
    const marked: Mark = () =>
      mark().then(() => {
        held.delete(row.id);
      });
    return { result: "sent", marked };
  };

  try {
    let paused = false;
    for (;;) {
      exhausted = false;
      await refillOnce();
      if (queue.length === 0) {
        if (outcome) return outcome;
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
      // Workers send from the queue; when it runs low, the next rows are prepared meanwhile.
      await Promise.all(
        Array.from({ length: options.concurrency }, async () => {
          let marked = MARKED;
          for (;;) {
            if (paused || outcome) break;
            if (queue.length < options.concurrency * 2 && !exhausted) void refillOnce().catch(() => undefined);
            const next = queue.shift();
            if (!next) {
              if (!refilling) break;
              await refilling;
              continue;
            }
            const sent = await sendOne(next, marked);
            marked = sent.marked;
            if (sent.result === "failed") failuresInARow += 1;
            else failuresInARow = 0;
            if (failuresInARow >= options.maxFailuresInARow) paused = true;
          }
          await marked();
        }),
      );
      // Rows claimed but not started when stopping go straight back to the queue.
      await settled(refilling);
      if (queue.length > 0) {
        const ids = queue.splice(0).map((ready) => ready.row.id);
        for (const id of ids) held.delete(id);
        await db().newsletterDelivery.updateMany({
          where: { id: { in: ids }, status: "SENDING" },
          data: { status: "WAITING", claimedAt: null, attempts: { decrement: 1 } },
        });
      }
      if (paused) {
        await db().newsletterEdition.updateMany({
          where: { id: editionId, status: "SENDING" },
          data: { status: "PAUSED" },
        });
        logger.warn({ editionId, failuresInARow }, "newsletter paused after failures in a row");
        return "paused";
      }
      if (outcome) return outcome;
    }
  } finally {
    await settled(refilling);
    if (!options.transport) transport.close();
  }
}
