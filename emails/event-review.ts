import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * The Antenne's decision on an event (or a change of it) an organiser sent to review, to each
 * member of the organiser: published (link to the public page), changes requested or rejected
 * (staff's comment and a link to the event in the organiser area).
 */
export const eventReview = defineMailTemplate({
  data: z.object({
    name: displayName,
    organiserName: displayName,
    eventTitle: displayName,
    decision: z.enum(["PUBLISHED", "CHANGES_REQUESTED", "REJECTED"]),
    comment: z.string().trim().max(2000).optional(),
    url: mailLink,
  }),
  compose: ({ name, organiserName, eventTitle, decision, comment, url }, t) => ({
    subject: t(`emails:eventReview.${decision}.subject`, { eventTitle }),
    preview: t(`emails:eventReview.${decision}.preview`, { eventTitle }),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t(`emails:eventReview.${decision}.intro`, { eventTitle, organiserName }) },
      ...(comment ? [{ kind: "note" as const, title: t("emails:eventReview.commentTitle"), text: comment }] : []),
      { kind: "paragraph", text: t(`emails:eventReview.${decision}.next`) },
      { kind: "action", label: t(`emails:eventReview.${decision}.action`), url },
    ],
    reason: t("emails:eventReview.reason", { organiserName }),
  }),
});
