import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * The Antenne's decision on an organisation that signed up as an organiser, to each of its
 * members: verified (its events can now be sent to review) or rejected, with the reason.
 */
export const organiserReview = defineMailTemplate({
  data: z.object({
    name: displayName,
    organiserName: displayName,
    decision: z.enum(["VERIFIED", "REJECTED"]),
    /** Staff's reason; required by the form for a rejection. */
    reason: z.string().trim().max(2000).optional(),
    url: mailLink,
  }),
  compose: ({ name, organiserName, decision, reason, url }, t) => ({
    subject: t(`emails:organiserReview.${decision}.subject`, { organiserName }),
    preview: t(`emails:organiserReview.${decision}.preview`, { organiserName }),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t(`emails:organiserReview.${decision}.intro`, { organiserName }) },
      ...(reason ? [{ kind: "note" as const, title: t("emails:organiserReview.reasonTitle"), text: reason }] : []),
      { kind: "paragraph", text: t(`emails:organiserReview.${decision}.next`) },
      { kind: "action", label: t("emails:organiserReview.action"), url },
    ],
    reason: t("emails:organiserReview.reason", { organiserName }),
  }),
});
