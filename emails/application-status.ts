import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * The company's answer to a student's application (seen, shortlisted, accepted, declined with an
 * optional message) or its expiry after fourteen days without an answer. An expired application
 * is told kindly and points to other offers instead of the application.
 */
export const applicationStatus = defineMailTemplate({
  data: z.object({
    name: displayName,
    status: z.enum(["SEEN", "SHORTLISTED", "ACCEPTED", "DECLINED", "EXPIRED"]),
    companyName: displayName,
    offerTitle: z.string().trim().min(1).max(300),
    period: z.string().trim().min(1).max(200),
    /** The company's message with a decline, if it wrote one. */
    message: z.string().trim().min(1).max(1000).optional(),
    url: mailLink,
  }),
  compose: ({ name, status, companyName, offerTitle, period, message, url }, t) => {
    const values = { companyName, offerTitle, period };
    return {
      subject: t(`emails:applicationStatus.${status}.subject`, values),
      preview: t(`emails:applicationStatus.${status}.preview`, values),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t(`emails:applicationStatus.${status}.intro`, values) },
        ...(message
          ? [{ kind: "note" as const, title: t("emails:applicationStatus.messageTitle", values), text: message }]
          : []),
        { kind: "paragraph", text: t(`emails:applicationStatus.${status}.next`, values) },
        { kind: "action", label: t(`emails:applicationStatus.${status}.action`), url },
      ],
      reason: t("emails:applicationStatus.reason", values),
    };
  },
});
