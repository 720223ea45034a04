import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * The Antenne's decision on a submitted offer, to each member of the company's team: published
 * (link to the public page), changes requested or rejected (staff's comment and a link to the
 * offer in the company area).
 */
export const offerReview = defineMailTemplate({
  data: z.object({
    name: displayName,
    companyName: displayName,
    offerTitle: displayName,
    decision: z.enum(["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"]),
    /** Staff's comment; required by the form unless the offer is published. */
    comment: z.string().trim().max(2000).optional(),
    url: mailLink,
  }),
  compose: ({ name, companyName, offerTitle, decision, comment, url }, t) => ({
    subject: t(`emails:offerReview.${decision}.subject`, { offerTitle }),
    preview: t(`emails:offerReview.${decision}.preview`, { offerTitle }),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t(`emails:offerReview.${decision}.intro`, { offerTitle, companyName }) },
      ...(comment ? [{ kind: "note" as const, title: t("emails:offerReview.commentTitle"), text: comment }] : []),
      { kind: "paragraph", text: t(`emails:offerReview.${decision}.next`) },
      { kind: "action", label: t(`emails:offerReview.${decision}.action`), url },
    ],
    reason: t("emails:offerReview.reason", { companyName }),
  }),
});
