import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * The Antenne's decision on a new company, to each member of its team: verified (its offers can
 * now be published) or rejected, with the reason the company needs to put things right; and to
 * the owners, the decision on a verified company's proposed public changes.
 */
export const companyReview = defineMailTemplate({
  data: z.object({
    name: displayName,
    companyName: displayName,
    /** The first verification, or a decision on a verified company's proposed changes (ADR 0026). */
    decision: z.enum(["VERIFIED", "REJECTED", "CHANGES_APPROVED", "CHANGES_REJECTED"]),
    /** Staff's reason; required by the form for a rejection. */
    reason: z.string().trim().max(2000).optional(),
    url: mailLink,
  }),
  compose: ({ name, companyName, decision, reason, url }, t) => ({
    subject: t(`emails:companyReview.${decision}.subject`, { companyName }),
    preview: t(`emails:companyReview.${decision}.preview`, { companyName }),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t(`emails:companyReview.${decision}.intro`, { companyName }) },
      ...(reason ? [{ kind: "note" as const, title: t("emails:companyReview.reasonTitle"), text: reason }] : []),
      { kind: "paragraph", text: t(`emails:companyReview.${decision}.next`) },
      { kind: "action", label: t("emails:companyReview.action"), url },
    ],
    reason: t("emails:companyReview.reason", { companyName }),
  }),
});
