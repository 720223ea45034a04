import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * Staff prepared next year's 22 January: each organiser that held a session last time is asked,
 * in its contact's language, to submit again. The link opens the call for participation.
 */
export const editionInvitation = defineMailTemplate({
  data: z.object({
    organiserName: displayName,
    year: z.number().int().min(1963).max(2200),
    lastYear: z.number().int().min(1963).max(2200),
    url: mailLink,
  }),
  compose: ({ organiserName, year, lastYear, url }, t) => ({
    subject: t("emails:editionInvitation.subject", { year }),
    preview: t("emails:editionInvitation.preview", { year }),
    greeting: greeting(t, undefined),
    blocks: [
      { kind: "paragraph", text: t("emails:editionInvitation.intro", { organiserName, lastYear }) },
      { kind: "paragraph", text: t("emails:editionInvitation.ask", { year }) },
      { kind: "action", label: t("emails:editionInvitation.action"), url },
    ],
    reason: t("emails:editionInvitation.reason", { organiserName }),
  }),
});
