/**
 * Staff decisions on self-registered organisers and on organisers' event revisions, the event
 * side of moderation-decisions.server.ts and built the same way: one transaction each, a
 * conditional update so that of two people deciding at once exactly one wins, the decision row,
 * the audit entry and one mail per member of the organiser in that member's language.
 *
 * Publishing applies the revision (its values and its proposed picture) to the event row through
 * the same code staff use to edit an event (updateEventIn), so a change of time, place or status
 * raises SEQUENCE exactly as there, and deletes the revision: the event row is again the one and
 * only public version.
 */
import type { Prisma } from "~/generated/prisma/client";
import { eventSchema } from "~/modules/events/event.schema";
import { eventPath, eventTitle } from "~/modules/events/event-url";
import { updateEventIn } from "~/modules/events/events.server";
import { languageOf } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { revisionImageChange, revisionValues } from "~/modules/organisers/event-revisions.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { validateForm, textOf } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import type { DecisionProblem, DecisionResult } from "./moderation-decisions.server";
import {
  companyDecisionSchema,
  offerDecisionSchema,
  type CompanyDecision,
  type OfferDecision,
} from "./moderation.schema";

type Tx = Prisma.TransactionClient;

interface DecisionInput<Decision> {
  decision: Decision;
  comment?: string | null;
  /** When the thing was submitted, as the page showed it (ISO instant). */
  version?: string | null;
}

type EventProblem = DecisionProblem | "organiserNotVerified" | "revisionInvalid";

class Refusal extends Error {
  constructor(readonly problem: EventProblem) {
    super(problem);
  }
}

async function inTransaction(work: (tx: Tx) => Promise<void>): Promise<DecisionResult> {
  try {
    await db().$transaction(work);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refusal) {
      return {
        ok: false,
        problem: error.problem as DecisionProblem,
        errors: { form: `moderation:errors.${error.problem}` },
      };
    }
    throw error;
  }
}

/** Every member of the organiser whose account still exists, in their own language. */
async function organiserRecipients(tx: Tx, organiserId: string) {
  const members = await tx.organiserMember.findMany({
    where: { organiserId, user: { deletedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: { user: { select: { email: true, displayName: true, locale: true } } },
  });
  return members.map(({ user }) => ({ email: user.email, name: user.displayName, language: languageOf(user.locale) }));
}

export async function decideOrganiser(
  staffId: string,
  organiserId: string,
  input: DecisionInput<CompanyDecision>,
  now = new Date(),
): Promise<DecisionResult> {
  const form = validateForm(companyDecisionSchema, { decision: input.decision, comment: input.comment ?? undefined });
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  if (!isUuid(organiserId)) return inTransaction(() => Promise.reject(new Refusal("notFound")));
  const { decision, comment } = form.data;
  return inTransaction(async (tx) => {
    const organiser = await tx.organiser.findUnique({ where: { id: organiserId } });
    if (!organiser || !organiser.reviewRequestedAt) throw new Refusal("notFound");
    if (organiser.verified || organiser.reviewedAt) throw new Refusal("alreadyDecided");
    if (input.version && input.version !== organiser.reviewRequestedAt.toISOString()) {
      throw new Refusal("alreadyDecided");
    }
    const updated = await tx.organiser.updateMany({
      where: { id: organiserId, verified: false, reviewedAt: null },
      data: {
        verified: decision === "VERIFY",
        reviewedAt: now,
        rejectionReason: decision === "REJECT" ? comment : null,
      },
    });
    if (updated.count !== 1) throw new Refusal("alreadyDecided");
    await recordStaffAction(tx, {
      actorId: staffId,
      action: decision === "VERIFY" ? "moderation.verify-organiser" : "moderation.reject-organiser",
      targetType: "organiser",
      targetId: organiserId,
      ...(comment ? { details: { comment } } : {}),
    });
    const appUrl = loadEnv().APP_URL;
    for (const member of await organiserRecipients(tx, organiserId)) {
      await queueMail(tx, {
        template: "organiser-review",
        to: member.email,
        language: member.language,
        data: {
          name: member.name,
          organiserName: organiser.name,
          decision: decision === "VERIFY" ? "VERIFIED" : "REJECTED",
          ...(comment && decision === "REJECT" ? { reason: comment } : {}),
          url: `${appUrl}/${member.language}/organiser`,
        },
      });
    }
  });
}

const OUTCOME = { PUBLISH: "PUBLISHED", REQUEST_CHANGES: "CHANGES_REQUESTED", REJECT: "REJECTED" } as const;

export async function decideEventRevision(
  staffId: string,
  eventId: string,
  input: DecisionInput<OfferDecision>,
  now = new Date(),
): Promise<DecisionResult> {
  const form = validateForm(offerDecisionSchema, { decision: input.decision, comment: input.comment ?? undefined });
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  if (!isUuid(eventId)) return inTransaction(() => Promise.reject(new Refusal("notFound")));
  const { decision, comment } = form.data;
  return inTransaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      include: { revision: true, organiser: { select: { id: true, name: true, verified: true } } },
    });
    if (!event) throw new Refusal("notFound");
    const revision = event.revision;
    if (!revision || revision.status !== "SUBMITTED") throw new Refusal(revision ? "alreadyDecided" : "notWaiting");
    if (input.version && input.version !== revision.submittedAt?.toISOString()) throw new Refusal("alreadyDecided");
    if (decision === "PUBLISH" && !event.organiser.verified) throw new Refusal("organiserNotVerified");
    // Take the revision first, conditionally: a second reviewer, or an organiser who withdrew or
    // resent it meanwhile, makes this miss.
    const taken =
      decision === "PUBLISH"
        ? await tx.eventRevision.deleteMany({ where: { eventId, status: "SUBMITTED", updatedAt: revision.updatedAt } })
        : await tx.eventRevision.updateMany({
            where: { eventId, status: "SUBMITTED", updatedAt: revision.updatedAt },
            data: { status: OUTCOME[decision], reviewComment: comment },
          });
    if (taken.count !== 1) throw new Refusal("alreadyDecided");
    const values = revisionValues(revision.data) ?? {};
    let published = event;
    if (decision === "PUBLISH") {
      const parsed = validateForm(eventSchema, { ...values, organiserId: event.organiserId });
      if (!parsed.ok) throw new Refusal("revisionInvalid");
      const applied = await updateEventIn(tx, staffId, eventId, parsed.data, await revisionImageChange(revision));
      if (!applied?.ok) throw new Refusal("revisionInvalid");
      published = await tx.event.update({
        where: { id: eventId },
        data: { publishedAt: event.publishedAt ?? now },
        include: { revision: true, organiser: { select: { id: true, name: true, verified: true } } },
      });
    }
    await tx.eventReviewDecision.create({ data: { eventId, staffId, decision, comment, createdAt: now } });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: `moderation.event.${decision.toLowerCase()}`,
      targetType: "event",
      targetId: eventId,
    });
    const appUrl = loadEnv().APP_URL;
    for (const member of await organiserRecipients(tx, event.organiserId)) {
      const title =
        eventTitle(
          { titleDe: textOf(values, "titleDe") || null, titleFr: textOf(values, "titleFr") || null },
          member.language,
        ) || `#${event.number}`;
      await queueMail(tx, {
        template: "event-review",
        to: member.email,
        language: member.language,
        data: {
          name: member.name,
          organiserName: event.organiser.name,
          eventTitle: title,
          decision: OUTCOME[decision],
          ...(comment ? { comment } : {}),
          url:
            decision === "PUBLISH"
              ? `${appUrl}${eventPath(published, member.language)}`
              : `${appUrl}/${member.language}/organiser/events/${eventId}`,
        },
      });
    }
  });
}
