/**
 * Editions: compose, approve (a second staff member), schedule, release, pause, resume, cancel.
 * Approving and scheduling are written to the audit log with the author. Releasing writes one
 * delivery row per confirmed subscriber in the same transaction that marks the edition SENDING.
 */
import type { Prisma } from "~/generated/prisma/client";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { newBlock, parityGaps, readBlocks, type EditionBlock, type EditionBlockKind } from "./edition-blocks";
import { editionBounceCounts, type EditionBounceCounts } from "./bounces.server";
import { resolveEdition, type EditionLanguage } from "./edition-content.server";
import { languageOrder, renderEditionMail, type RenderedEdition } from "./edition-mail";
import {
  canApprove,
  canCancel,
  canEdit,
  canPause,
  canResume,
  canSchedule,
  type Decision,
  type EditionStatus,
} from "./edition-workflow";
import { NEWSLETTER_TOPICS, type NewsletterTopic } from "./newsletter.schema";
import { preferencesUrl, unsubscribeUrl } from "./subscribers.server";

export class EditionRefused extends Error {
  override name = "EditionRefused";
  constructor(readonly reason: string) {
    super(`edition change refused: ${reason}`);
  }
}

function enforce(decision: Decision): void {
  if (!decision.ok) throw new EditionRefused(decision.reason);
}

const appUrl = () => loadEnv().APP_URL.replace(/\/$/, "");

export function archiveUrl(language: EditionLanguage, month: string): string {
  return `${appUrl()}/${language}/newsletter/archive/${month}`;
}

export async function createEdition(authorId: string, month: string) {
  return db().$transaction(async (tx) => {
    const edition = await tx.newsletterEdition.create({
      data: {
        month,
        authorId,
        blocks: [newBlock("editorial", "intro"), newBlock("offers", "offers"), newBlock("events", "events")],
      },
    });
    await recordStaffAction(tx, {
      actorId: authorId,
      action: "newsletter.edition.create",
      targetType: "newsletter_edition",
      targetId: edition.id,
    });
    return edition;
  });
}

export async function loadEdition(id: string) {
  const edition = await db().newsletterEdition.findUnique({ where: { id } });
  if (!edition) return null;
  const blocks = readBlocks(edition.blocks);
  return { ...edition, blocks, gaps: parityGaps({ ...edition, blocks }) };
}

/**
 * Saves subjects and blocks. An approved or scheduled edition goes back to DRAFT: what the
 * approver saw is no longer what would be sent.
 */
export async function saveEdition(
  id: string,
  actorId: string,
  input: { subjectDe: string; subjectFr: string; blocks: EditionBlock[] },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const edition = await tx.newsletterEdition.findUniqueOrThrow({ where: { id } });
    enforce(canEdit(edition.status));
    await tx.newsletterEdition.update({
      where: { id },
      data: {
        subjectDe: input.subjectDe,
        subjectFr: input.subjectFr,
        blocks: input.blocks as unknown as Prisma.InputJsonValue,
        status: "DRAFT",
        approvedById: null,
        approvedAt: null,
        scheduledFor: null,
      },
    });
    await recordStaffAction(tx, {
      actorId,
      action: "newsletter.edition.edit",
      targetType: "newsletter_edition",
      targetId: id,
    });
  });
}

export async function addBlock(id: string, actorId: string, kind: EditionBlockKind): Promise<void> {
  const edition = await loadEdition(id);
  if (!edition) throw new EditionRefused("unknown");
  const blockId = `${kind}-${Date.now().toString(36)}`;
  await saveEdition(id, actorId, { ...edition, blocks: [...edition.blocks, newBlock(kind, blockId)] });
}

export async function removeBlock(id: string, actorId: string, blockId: string): Promise<void> {
  const edition = await loadEdition(id);
  if (!edition) throw new EditionRefused("unknown");
  await saveEdition(id, actorId, { ...edition, blocks: edition.blocks.filter((block) => block.id !== blockId) });
}

export async function approveEdition(id: string, approverId: string, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const edition = await tx.newsletterEdition.findUniqueOrThrow({ where: { id } });
    const blocks = readBlocks(edition.blocks);
    enforce(canApprove(edition, approverId, parityGaps({ ...edition, blocks })));
    const { count } = await tx.newsletterEdition.updateMany({
      where: { id, status: "DRAFT", updatedAt: edition.updatedAt },
      data: { status: "APPROVED", approvedById: approverId, approvedAt: now },
    });
    if (count === 0) throw new EditionRefused("notDraft");
    await recordStaffAction(tx, {
      actorId: approverId,
      action: "newsletter.edition.approve",
      targetType: "newsletter_edition",
      targetId: id,
      details: { authorId: edition.authorId },
    });
  });
}

export async function scheduleEdition(id: string, actorId: string, at: Date, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const edition = await tx.newsletterEdition.findUniqueOrThrow({ where: { id } });
    enforce(canSchedule(edition, at, now));
    await tx.newsletterEdition.update({ where: { id }, data: { status: "SCHEDULED", scheduledFor: at } });
    // The release runs at the chosen moment, not up to a minute later with the next cron tick.
    await enqueueJob(tx, "newsletter-clock", {}, { runAt: at, jobKey: `newsletter-release:${id}` });
    await recordStaffAction(tx, {
      actorId,
      action: "newsletter.edition.schedule",
      targetType: "newsletter_edition",
      targetId: id,
      details: { at: at.toISOString(), authorId: edition.authorId, approvedById: edition.approvedById },
    });
  });
}

/**
 * Releases every scheduled edition whose time has come: one delivery row per confirmed
 * subscriber who is on no block list, then the edition is SENDING. Idempotent (the unique key
 * of edition and subscriber), so a crash halfway just releases again.
 */
export async function releaseDueEditions(now = new Date()): Promise<string[]> {
  const due = await db().newsletterEdition.findMany({
    where: { status: "SCHEDULED", scheduledFor: { lte: now } },
    select: { id: true },
  });
  for (const { id } of due) {
    await db().$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO newsletter_delivery (edition_id, subscriber_id)
        SELECT ${id}::uuid, s.id FROM newsletter_subscriber s
        WHERE s.status = 'CONFIRMED'
          AND NOT EXISTS (SELECT 1 FROM newsletter_suppression n WHERE n.email = s.email)
        ON CONFLICT (edition_id, subscriber_id) DO NOTHING`;
      await tx.newsletterEdition.update({ where: { id }, data: { status: "SENDING", releasedAt: now } });
    });
  }
  return due.map((edition) => edition.id);
}

async function setStatus(
  id: string,
  actorId: string,
  action: string,
  check: (status: EditionStatus) => Decision,
  status: EditionStatus,
) {
  await db().$transaction(async (tx) => {
    const edition = await tx.newsletterEdition.findUniqueOrThrow({ where: { id } });
    enforce(check(edition.status));
    await tx.newsletterEdition.update({ where: { id }, data: { status } });
    if (status === "CANCELLED") {
      await tx.newsletterDelivery.updateMany({
        where: { editionId: id, status: "WAITING" },
        data: { status: "SKIPPED", lastError: "cancelled" },
      });
    }
    await recordStaffAction(tx, { actorId, action, targetType: "newsletter_edition", targetId: id });
  });
}

export const pauseEdition = (id: string, actorId: string) =>
  setStatus(id, actorId, "newsletter.edition.pause", canPause, "PAUSED");
export const resumeEdition = (id: string, actorId: string) =>
  setStatus(id, actorId, "newsletter.edition.resume", canResume, "SENDING");
export const cancelEdition = (id: string, actorId: string) =>
  setStatus(id, actorId, "newsletter.edition.cancel", canCancel, "CANCELLED");

export interface EditionProgress {
  total: number;
  sent: number;
  failed: number;
  skipped: number;
  waiting: number;
  /** Mails per minute over the last five minutes. */
  perMinute: number;
  /** Minutes left at that rate; null when nothing is moving. */
  minutesLeft: number | null;
  /** Bounces and complaints reported for this edition (webhook or DSN mails). */
  bounces: EditionBounceCounts;
}

export async function editionProgress(id: string, now = new Date()): Promise<EditionProgress> {
  const rows = await db().newsletterDelivery.groupBy({
    by: ["status"],
    where: { editionId: id },
    _count: { _all: true },
  });
  const count = (status: string) => rows.find((row) => row.status === status)?._count._all ?? 0;
  const recent = await db().newsletterDelivery.count({
    where: { editionId: id, status: "SENT", sentAt: { gte: new Date(now.getTime() - 5 * 60_000) } },
  });
  const waiting = count("WAITING") + count("SENDING");
  const perMinute = Math.round(recent / 5);
  return {
    total: rows.reduce((sum, row) => sum + row._count._all, 0),
    sent: count("SENT"),
    failed: count("FAILED"),
    skipped: count("SKIPPED"),
    waiting,
    perMinute,
    minutesLeft: waiting === 0 ? 0 : perMinute > 0 ? Math.ceil(waiting / perMinute) : null,
    bounces: await editionBounceCounts(id),
  };
}

export interface RecipientView {
  id: string;
  language: "DE" | "FR" | "BOTH";
  country: "DE" | "FR" | null;
  signupLanguage: string;
  topics: string[];
}

/** The mail one subscriber gets (also the preview, with a stand-in reader and no personal links). */
export function renderForRecipient(
  resolved: Awaited<ReturnType<typeof resolveEdition>>,
  recipient: RecipientView | null,
  previewLanguage: EditionLanguage = "de",
  personalLinks?: { preferences: string; unsubscribe: string },
): RenderedEdition {
  const languages = recipient
    ? languageOrder(recipient.language, recipient.country, recipient.signupLanguage)
    : [previewLanguage];
  const linkLanguage = languages[0] ?? "de";
  return renderEditionMail(
    resolved,
    {
      languages,
      topics: recipient ? (recipient.topics as NewsletterTopic[]) : NEWSLETTER_TOPICS,
    },
    {
      web: { de: archiveUrl("de", resolved.month), fr: archiveUrl("fr", resolved.month) },
      preferences: personalLinks?.preferences ?? (recipient ? preferencesUrl(linkLanguage, recipient.id) : null),
      unsubscribe: personalLinks?.unsubscribe ?? (recipient ? unsubscribeUrl(linkLanguage, recipient.id) : null),
    },
    { de: translatorFor("de"), fr: translatorFor("fr") },
  );
}

export async function previewEdition(id: string, language: EditionLanguage): Promise<RenderedEdition | null> {
  const edition = await loadEdition(id);
  if (!edition) return null;
  return renderForRecipient(await resolveEdition(edition), null, language);
}
