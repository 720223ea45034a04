import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { createAgreementFor } from "~/modules/agreements/agreements.server";
import { fillOfferWhenFull, lockFreePlaces } from "./application-capacity.server";
import { mailCompany, mailCoordinators, mailFacts, mailStudent } from "./application-mails.server";
import type { ApplicationAction, ApplicationStatus } from "./application-workflow";

/**
 * Writes one legal move (the caller asked the workflow and the policy): the conditional update,
 * the timeline event and the mails to the other side, in one transaction. The update repeats the
 * state the caller saw, so of two tabs (or a tab and the clock) moving the same application only
 * one wins; the other is told that it changed meanwhile and nothing of it is written.
 */
export type MoveOutcome = { ok: true; status: ApplicationStatus } | { ok: false; error: string };

export interface MoveStep {
  action: ApplicationAction;
  to: ApplicationStatus;
  /** Null for the clock. */
  actorId: string | null;
  message?: string;
}

/** Thrown inside the transaction to roll it back; turned into a refusal outside. */
class Refusal extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Fifty companies' clicks on one period wait for its lock; none should give up while waiting. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

export async function recordMove(
  application: { id: string; offerId: string; periodId: string | null; status: ApplicationStatus },
  step: MoveStep,
  now: Date,
): Promise<MoveOutcome> {
  try {
    await db().$transaction(async (tx) => {
      if (step.action === "accept") await claimPlace(tx, application.offerId, application.periodId);
      const updated = await tx.application.updateMany({
        where: { id: application.id, status: application.status },
        data: { status: step.to, ...(step.action === "decline" ? { declineMessage: step.message ?? null } : {}) },
      });
      if (updated.count !== 1) throw new Refusal("changedMeanwhile");
      await tx.applicationEvent.create({
        data: {
          applicationId: application.id,
          status: step.to,
          actorId: step.actorId,
          message: step.action === "decline" ? (step.message ?? null) : null,
          createdAt: now,
        },
      });
      await tellTheOtherSide(tx, application.id, step);
      if (step.action === "accept") {
        await fillOfferWhenFull(tx, application.offerId, now);
        // The agreement is written with the acceptance: the school and the company complete it.
        await createAgreementFor(tx, application.id);
      }
    }, TRANSACTION_OPTIONS);
    return { ok: true, status: step.to };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: `applications:errors.${error.key}` };
    throw error;
  }
}

async function claimPlace(tx: Prisma.TransactionClient, offerId: string, periodId: string | null) {
  const free = periodId ? await lockFreePlaces(tx, offerId, periodId) : null;
  if (free === null) throw new Refusal("periodGone");
  if (free <= 0) throw new Refusal("periodFull");
}

async function tellTheOtherSide(tx: Prisma.TransactionClient, applicationId: string, step: MoveStep) {
  const facts = await mailFacts(tx, applicationId);
  switch (step.action) {
    case "withdraw":
      return mailCompany(tx, facts, "WITHDRAWN");
    case "decline":
      return mailStudent(tx, facts, "DECLINED", step.message);
    case "accept":
      await mailStudent(tx, facts, "ACCEPTED");
      return mailCoordinators(tx, facts);
    case "see":
      return mailStudent(tx, facts, "SEEN");
    case "shortlist":
      return mailStudent(tx, facts, "SHORTLISTED");
    case "expire":
      return mailStudent(tx, facts, "EXPIRED");
  }
}
