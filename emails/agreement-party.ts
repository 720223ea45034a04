import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * To one party of an internship agreement, in the party's language: a link to sign it (and the
 * reminders after 3 and 7 days), the news that a change withdrew their signature, or the link to
 * the signed document once every party signed. Links are one-time links for this party only.
 */
export const agreementParty = defineMailTemplate({
  data: z.object({
    name: displayName,
    event: z.enum(["SIGN", "REMINDER", "WITHDRAWN", "SIGNED"]),
    learnerName: displayName,
    companyName: displayName,
    url: mailLink,
  }),
  compose: ({ name, event, learnerName, companyName, url }, t) => {
    const values = { learnerName, companyName };
    return {
      subject: t(`emails:agreementParty.${event}.subject`, values),
      preview: t(`emails:agreementParty.${event}.preview`, values),
      greeting: greeting(t, name),
      blocks: [
        { kind: "paragraph", text: t(`emails:agreementParty.${event}.intro`, values) },
        { kind: "paragraph", text: t(`emails:agreementParty.${event}.next`, values) },
        { kind: "action", label: t(`emails:agreementParty.${event}.action`), url },
      ],
      reason: t("emails:agreementParty.reason", values),
    };
  },
});
