import type { Prisma } from "~/generated/prisma/client";
import { languageOf } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { titleFor, offerPath } from "~/modules/offers/offer-url";
import { transition, type OfferAction, type OfferStatus } from "~/modules/offers/offer-workflow";
import { queueSearchUpdate, queueSearchUpdatesForCompany } from "~/modules/offers/search-sync.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { isUuid } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { validateForm, type FieldErrors } from "~/utils/forms";
import {
  companyDecisionSchema,
  offerDecisionSchema,
  type CompanyDecision,
  type OfferDecision,
} from "./moderation.schema";
import { offerSnapshot, SNAPSHOT_INCLUDE } from "~/modules/offers/offer-snapshot";

/**
 * Staff decisions on companies and offers. Each decision is one transaction: a conditional update
 * (only if the thing is still in the state staff saw, so of two people deciding at once exactly
 * one wins), the decision row the company and staff read later, the audit entry, the search
 * index job and one mail per team member in that member's language. A refusal writes nothing.
 */
export type DecisionProblem =
  | "notFound"
  /** Someone else decided first, or the thing changed since the page was opened. */
  | "alreadyDecided"
  /** The offer is not submitted (a draft, or withdrawn by the company). */
  | "notWaiting"
  | "companyNotVerified"
  /** A company's proposed profile changes: none waiting, or no longer a valid profile. */
  | "changeNotWaiting"
  | "proposalInvalid";

export type DecisionResult = { ok: true } | { ok: false; problem: DecisionProblem | "invalid"; errors: FieldErrors };

interface DecisionInput<Decision> {
  decision: Decision;
  comment?: string | null;
  /**
   * When the thing was submitted, as the page showed it (ISO instant). A company that withdrew,
   * changed and resubmitted an offer meanwhile must not get a decision on a text nobody read.
   */
  version?: string | null;
}

export function refused(problem: DecisionProblem): DecisionResult {
  return { ok: false, problem, errors: { form: `moderation:errors.${problem}` } };
}

/** Thrown inside the transaction to roll it back; turned into a refusal outside. */
export class Refusal extends Error {
  constructor(readonly problem: DecisionProblem) {
    super(problem);
  }
}

export async function inTransaction(work: (tx: Prisma.TransactionClient) => Promise<void>): Promise<DecisionResult> {
  try {
    await db().$transaction(work);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refusal) return refused(error.problem);
    throw error;
  }
}

/**
 * The team who hears about a decision: every member whose account still exists (or only the
 * owners, who answer for the public profile), in their own language.
 */
export async function recipients(tx: Prisma.TransactionClient, companyId: string, { ownersOnly = false } = {}) {
  const members = await tx.companyMember.findMany({
    where: { companyId, user: { deletedAt: null }, ...(ownersOnly ? { isOwner: true } : {}) },
    orderBy: { joinedAt: "asc" },
    select: { user: { select: { email: true, displayName: true, locale: true } } },
  });
  return members.map(({ user }) => ({
    email: user.email,
    name: user.displayName,
    language: languageOf(user.locale),
  }));
}

const COMPANY_OUTCOME = { VERIFY: "VERIFIED", REJECT: "REJECTED" } as const;

export async function decideCompany(
  staffId: string,
  companyId: string,
  input: DecisionInput<CompanyDecision>,
  now = new Date(),
): Promise<DecisionResult> {
  const form = validateForm(companyDecisionSchema, { decision: input.decision, comment: input.comment ?? undefined });
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  if (!isUuid(companyId)) return refused("notFound");
  const { decision, comment } = form.data;
  return inTransaction(async (tx) => {
    const company = await tx.company.findUnique({ where: { id: companyId } });
    if (!company) throw new Refusal("notFound");
    if (company.status !== "PENDING") throw new Refusal("alreadyDecided");
    if (input.version && input.version !== company.reviewRequestedAt.toISOString()) {
      throw new Refusal("alreadyDecided");
    }
    const status = COMPANY_OUTCOME[decision];
    const updated = await tx.company.updateMany({
      where: { id: companyId, status: "PENDING", reviewRequestedAt: company.reviewRequestedAt },
      data: { status, reviewedAt: now, rejectionReason: decision === "REJECT" ? comment : null },
    });
    if (updated.count !== 1) throw new Refusal("alreadyDecided");
    await tx.moderationDecision.create({ data: { companyId, staffId, decision, comment, createdAt: now } });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: decision === "VERIFY" ? "moderation.verify-company" : "moderation.reject-company",
      targetType: "company",
      targetId: companyId,
    });
    // The review state decides whether the company's offers are public.
    await queueSearchUpdatesForCompany(tx, companyId);
    const appUrl = loadEnv().APP_URL;
    for (const member of await recipients(tx, companyId)) {
      await queueMail(tx, {
        template: "company-review",
        to: member.email,
        language: member.language,
        data: {
          name: member.name,
          companyName: company.name,
          decision: status,
          ...(comment && decision === "REJECT" ? { reason: comment } : {}),
          url: `${appUrl}/${member.language}/company/profile`,
        },
      });
    }
  });
}

const OFFER_ACTION: Record<OfferDecision, OfferAction> = {
  PUBLISH: "publish",
  REQUEST_CHANGES: "requestChanges",
  REJECT: "reject",
};

const OFFER_AUDIT_ACTION: Record<OfferDecision, string> = {
  PUBLISH: "publish-offer",
  REQUEST_CHANGES: "request-changes",
  REJECT: "reject-offer",
};

/** States an offer reaches only through a review: someone has decided already. */
const DECIDED: readonly OfferStatus[] = ["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"];

export async function decideOffer(
  staffId: string,
  offerId: string,
  input: DecisionInput<OfferDecision>,
  now = new Date(),
): Promise<DecisionResult> {
  const form = validateForm(offerDecisionSchema, { decision: input.decision, comment: input.comment ?? undefined });
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  if (!isUuid(offerId)) return refused("notFound");
  const { decision, comment } = form.data;
  return inTransaction(async (tx) => {
    const offer = await tx.offer.findUnique({
      where: { id: offerId },
      include: { ...SNAPSHOT_INCLUDE, company: { select: { id: true, name: true, status: true } } },
    });
    if (!offer) throw new Refusal("notFound");
    const status = offer.status as OfferStatus;
    const move = transition(status, OFFER_ACTION[decision], "staff");
    if (!move.ok) throw new Refusal(DECIDED.includes(status) ? "alreadyDecided" : "notWaiting");
    if (input.version && input.version !== offer.submittedAt?.toISOString()) throw new Refusal("alreadyDecided");
    if (decision === "PUBLISH" && offer.company.status !== "VERIFIED") throw new Refusal("companyNotVerified");
    const updated = await tx.offer.updateMany({
      // updatedAt: a withdrawal, edit and new submission in between also make this miss.
      where: { id: offerId, status: "SUBMITTED", updatedAt: offer.updatedAt },
      data:
        decision === "PUBLISH"
          ? {
              status: move.to,
              publishedAt: now,
              publishedSnapshot: offerSnapshot(offer) as unknown as Prisma.InputJsonValue,
              reviewComment: null,
            }
          : { status: move.to, reviewComment: comment },
    });
    if (updated.count !== 1) throw new Refusal("alreadyDecided");
    await tx.moderationDecision.create({
      data: { companyId: offer.companyId, offerId, staffId, decision, comment, createdAt: now },
    });
    await recordStaffAction(tx, {
      actorId: staffId,
      action: `moderation.${OFFER_AUDIT_ACTION[decision]}`,
      targetType: "offer",
      targetId: offerId,
    });
    await queueSearchUpdate(tx, offerId);
    const appUrl = loadEnv().APP_URL;
    const outcome = move.to as "PUBLISHED" | "CHANGES_REQUESTED" | "REJECTED";
    for (const member of await recipients(tx, offer.companyId)) {
      const url =
        decision === "PUBLISH"
          ? `${appUrl}${offerPath(offer, member.language)}`
          : `${appUrl}/${member.language}/company/offers/${offer.id}`;
      await queueMail(tx, {
        template: "offer-review",
        to: member.email,
        language: member.language,
        data: {
          name: member.name,
          companyName: offer.company.name,
          offerTitle: titleFor(offer, member.language) || `#${offer.number}`,
          decision: outcome,
          ...(comment ? { comment } : {}),
          url,
        },
      });
    }
  });
}
