/**
 * The decision forms of the moderation pages, checked in the browser and again on the server.
 * One form per page; the button pressed sends `decision`. Refusing or sending back without a
 * reason leaves the company guessing, so those need a comment; approving may go without one.
 */
import { z } from "zod";

export const COMMENT_MAX_LENGTH = 2000;

const comment = z
  .string()
  .trim()
  .max(COMMENT_MAX_LENGTH, { message: "moderation:errors.commentTooLong" })
  .optional()
  .transform((value) => (value ? value : null));

function requireCommentFor<Decision extends string>(needed: readonly Decision[]) {
  return (form: { decision: Decision; comment: string | null }, context: z.RefinementCtx) => {
    if (needed.includes(form.decision) && !form.comment) {
      context.addIssue({ code: "custom", path: ["comment"], message: "moderation:errors.commentRequired" });
    }
  };
}

export const COMPANY_DECISIONS = ["VERIFY", "REJECT"] as const;
export const OFFER_DECISIONS = ["PUBLISH", "REQUEST_CHANGES", "REJECT"] as const;
export type CompanyDecision = (typeof COMPANY_DECISIONS)[number];
export type OfferDecision = (typeof OFFER_DECISIONS)[number];

export const companyDecisionSchema = z
  .object({
    decision: z.enum(COMPANY_DECISIONS, { message: "moderation:errors.decisionRequired" }),
    comment,
  })
  .superRefine(requireCommentFor<CompanyDecision>(["REJECT"]));

export const offerDecisionSchema = z
  .object({
    decision: z.enum(OFFER_DECISIONS, { message: "moderation:errors.decisionRequired" }),
    comment,
  })
  .superRefine(requireCommentFor<OfferDecision>(["REQUEST_CHANGES", "REJECT"]));

export type CompanyDecisionInput = z.output<typeof companyDecisionSchema>;
export type OfferDecisionInput = z.output<typeof offerDecisionSchema>;

/** A verified company's proposed public changes (ADR 0026): approved as a whole, or rejected with a reason. */
export const COMPANY_CHANGE_DECISIONS = ["APPROVE", "REJECT"] as const;
export type CompanyChangeDecision = (typeof COMPANY_CHANGE_DECISIONS)[number];

export const companyChangeDecisionSchema = z
  .object({
    decision: z.enum(COMPANY_CHANGE_DECISIONS, { message: "moderation:errors.decisionRequired" }),
    comment,
  })
  .superRefine(requireCommentFor<CompanyChangeDecision>(["REJECT"]));
