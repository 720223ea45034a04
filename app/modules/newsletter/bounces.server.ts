/**
 * Bounces and complaints, whatever brought them (the provider's webhook or a DSN mail): a hard
 * bounce or a complaint puts the address on the suppression list at once; soft bounces of three
 * editions in a row suspend the subscription. Each report counts once (its event key), so a
 * provider that retries its webhook or a mailbox read twice changes nothing the second time.
 */
import type { NewsletterBounceKind, Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { newsletterSuppressionHash, suppressNewsletterAddress } from "./subscribers.server";

type Tx = Prisma.TransactionClient;

/** Soft bounces of this many editions in a row suspend a subscription. */
export const SOFT_BOUNCES_TO_SUSPEND = 3;

export interface BounceReport {
  /** Unique per report: the provider's event id, or `dsn:` + the report's Message-ID. */
  eventKey: string;
  kind: NewsletterBounceKind | "DELIVERED";
  email?: string;
  /** The Message-ID of the newsletter that bounced, when the report names it. */
  messageId?: string;
  diagnostic?: string;
  source: "webhook" | "dsn";
}

export type BounceOutcome = "suppressed" | "suspended" | "counted" | "reset" | "duplicate" | "unknown";

const NEWSLETTER_MESSAGE_ID = /^<?newsletter\.([0-9a-f-]{36})\.([0-9a-f-]{36})@[^>]+>?$/i;

/** Edition and subscriber of one of our Message-IDs (see newsletterMessageId). */
export function newsletterMessageParts(messageId: string | undefined) {
  const match = NEWSLETTER_MESSAGE_ID.exec(messageId?.trim() ?? "");
  return match ? { editionId: match[1]!.toLowerCase(), subscriberId: match[2]!.toLowerCase() } : null;
}

async function stopWaitingDeliveries(tx: Tx, subscriberId: string, reason: string) {
  await tx.newsletterDelivery.updateMany({
    where: { subscriberId, status: "WAITING" },
    data: { status: "SKIPPED", lastError: reason },
  });
}

/** Applies one report in its own transaction. */
export async function recordBounce(report: BounceReport): Promise<BounceOutcome> {
  return db().$transaction((tx) => applyBounce(tx, report));
}

export async function applyBounce(tx: Tx, report: BounceReport): Promise<BounceOutcome> {
  const parts = newsletterMessageParts(report.messageId);
  const byEmail = report.email
    ? await tx.newsletterSubscriber.findUnique({ where: { email: report.email.trim().toLowerCase() } })
    : null;
  const subscriber =
    byEmail ?? (parts ? await tx.newsletterSubscriber.findUnique({ where: { id: parts.subscriberId } }) : null);
  const email = (report.email ?? subscriber?.email)?.trim().toLowerCase();
  if (!email) return "unknown";
  const edition = parts ? await tx.newsletterEdition.findUnique({ where: { id: parts.editionId } }) : null;

  if (report.kind === "DELIVERED") {
    // A mail that reached its reader ends a row of soft bounces.
    if (subscriber?.softBounces) {
      await tx.newsletterSubscriber.update({ where: { id: subscriber.id }, data: { softBounces: 0 } });
    }
    return subscriber ? "reset" : "unknown";
  }

  // A soft bounce of an edition already counted for this reader (a provider reporting each retry)
  // is kept but does not count again.
  const sameEditionBefore =
    report.kind === "SOFT" && subscriber && edition
      ? await tx.newsletterBounce.count({
          where: { subscriberId: subscriber.id, editionId: edition.id, kind: "SOFT" },
        })
      : 0;
  const inserted = await tx.newsletterBounce.createMany({
    data: {
      eventKey: report.eventKey.slice(0, 300),
      kind: report.kind,
      emailHash: newsletterSuppressionHash(email),
      subscriberId: subscriber?.id ?? null,
      editionId: edition?.id ?? null,
      source: report.source,
      diagnostic: (report.diagnostic ?? "").slice(0, 500),
    },
    skipDuplicates: true,
  });
  if (inserted.count === 0) return "duplicate";

  if (report.kind === "HARD" || report.kind === "COMPLAINT") {
    await suppressNewsletterAddress(tx, email, report.kind === "HARD" ? "HARD_BOUNCE" : "COMPLAINT");
    if (subscriber) {
      await tx.newsletterSubscriber.update({
        where: { id: subscriber.id },
        data: { status: "SUPPRESSED", confirmTokenHash: null },
      });
      await stopWaitingDeliveries(tx, subscriber.id, report.kind === "HARD" ? "hard bounce" : "complaint");
    }
    return "suppressed";
  }

  if (!subscriber) return "unknown";
  if (sameEditionBefore > 0) return "counted";
  const softBounces = subscriber.softBounces + 1;
  const suspend = softBounces >= SOFT_BOUNCES_TO_SUSPEND && subscriber.status === "CONFIRMED";
  await tx.newsletterSubscriber.update({
    where: { id: subscriber.id },
    data: { softBounces, ...(suspend ? { status: "SUSPENDED" as const } : {}) },
  });
  if (suspend) {
    await stopWaitingDeliveries(tx, subscriber.id, "suspended after soft bounces");
    return "suspended";
  }
  return "counted";
}

export interface EditionBounceCounts {
  hard: number;
  soft: number;
  complaints: number;
}

/** Bounces and complaints per edition, for the staff page and `newsletter:status`. */
export async function editionBounceCounts(editionId: string): Promise<EditionBounceCounts> {
  const rows = await db().newsletterBounce.groupBy({
    by: ["kind"],
    where: { editionId },
    _count: { _all: true },
  });
  const count = (kind: NewsletterBounceKind) => rows.find((row) => row.kind === kind)?._count._all ?? 0;
  return { hard: count("HARD"), soft: count("SOFT"), complaints: count("COMPLAINT") };
}
