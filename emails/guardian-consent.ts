import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * Asks a parent or guardian to confirm the account of a minor. In France the young person and
 * the parent confirm together, so the mail says so in a note that cannot be overlooked.
 */
export const guardianConsent = defineMailTemplate({
  data: z.object({
    studentName: displayName,
    /** Optional at sign-up; without it the mail greets without a name. */
    guardianName: z.string().trim().max(200).optional(),
    url: mailLink,
  }),
  compose: ({ studentName, guardianName, url }, t) => ({
    subject: t("emails:guardianConsent.subject", { studentName }),
    preview: t("emails:guardianConsent.preview", { studentName }),
    greeting: greeting(t, guardianName),
    blocks: [
      { kind: "paragraph", text: t("emails:guardianConsent.intro", { studentName }) },
      { kind: "paragraph", text: t("emails:guardianConsent.why", { studentName }) },
      {
        kind: "note",
        title: t("emails:guardianConsent.franceTitle"),
        text: t("emails:guardianConsent.franceText", { studentName }),
      },
      { kind: "action", label: t("emails:guardianConsent.action"), url },
      { kind: "paragraph", text: t("emails:guardianConsent.notYou", { studentName }) },
    ],
    reason: t("emails:guardianConsent.reason", { studentName }),
  }),
});
