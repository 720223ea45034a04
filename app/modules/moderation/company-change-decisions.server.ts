/**
 * Staff decisions on a verified company's proposed public changes (ADR 0026), built like the
 * other decisions: one transaction, a conditional update so that of two reviewers (or a reviewer
 * and a company withdrawing or re-proposing) exactly one wins, the audit entry, and a mail to
 * each owner in their own language. Approving writes the proposal to the company row and queues
 * the company's offers for the search index, as a profile save did before.
 */
import { approvedColumns, proposedValues } from "~/modules/companies/company-revisions.server";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { queueSearchUpdatesForCompany } from "~/modules/offers/search-sync.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { loadEnv } from "~/utils/env.server";
import { validateForm } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { inTransaction, recipients, refused, Refusal, type DecisionResult } from "./moderation-decisions.server";
import { companyChangeDecisionSchema, type CompanyChangeDecision } from "./moderation.schema";

const OUTCOME = { APPROVE: "APPROVED", REJECT: "REJECTED" } as const;
const MAIL_DECISION = { APPROVE: "CHANGES_APPROVED", REJECT: "CHANGES_REJECTED" } as const;

export async function decideCompanyChange(
  staffId: string,
  companyId: string,
  input: { decision: CompanyChangeDecision; comment?: string | null; version?: string | null },
  now = new Date(),
): Promise<DecisionResult> {
  const form = validateForm(companyChangeDecisionSchema, {
    decision: input.decision,
    comment: input.comment ?? undefined,
  });
  if (!form.ok) return { ok: false, problem: "invalid", errors: form.errors };
  if (!isUuid(companyId)) return refused("notFound");
  const { decision, comment } = form.data;
  return inTransaction(async (tx) => {
    const revision = await tx.companyRevision.findUnique({
      where: { companyId },
      include: { company: { select: { name: true } } },
    });
    if (!revision) throw new Refusal("changeNotWaiting");
    if (revision.status !== "PENDING") throw new Refusal("alreadyDecided");
    if (input.version && input.version !== revision.submittedAt.toISOString()) throw new Refusal("alreadyDecided");
    const values = proposedValues(revision.data);
    if (decision === "APPROVE" && !values) throw new Refusal("proposalInvalid");
    // The proposal's bytes are not needed once decided: approved ones live on in the company row.
    const taken = await tx.companyRevision.updateMany({
      where: { companyId, status: "PENDING", submittedAt: revision.submittedAt },
      data: {
        status: OUTCOME[decision],
        reviewerId: staffId,
        reviewedAt: now,
        rejectionReason: decision === "REJECT" ? comment : null,
        logo: null,
      },
    });
    if (taken.count !== 1) throw new Refusal("alreadyDecided");
    if (decision === "APPROVE" && values) {
      await tx.company.update({ where: { id: companyId }, data: approvedColumns(values, revision, now) });
      await queueSearchUpdatesForCompany(tx, companyId);
    }
    await recordStaffAction(tx, {
      actorId: staffId,
      action: `moderation.company-change.${decision.toLowerCase()}`,
      targetType: "company",
      targetId: companyId,
      ...(comment ? { details: { comment } } : {}),
    });
    const companyName = decision === "APPROVE" && values ? values.name : revision.company.name;
    const appUrl = loadEnv().APP_URL;
    // The owners answer for what the company says in public; they hear about the decision.
    for (const owner of await recipients(tx, companyId, { ownersOnly: true })) {
      await queueMail(tx, {
        template: "company-review",
        to: owner.email,
        language: owner.language,
        data: {
          name: owner.name,
          companyName,
          decision: MAIL_DECISION[decision],
          ...(comment && decision === "REJECT" ? { reason: comment } : {}),
          url: `${appUrl}/${owner.language}/company/profile`,
        },
      });
    }
  });
}
