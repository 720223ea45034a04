import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * A company member invites a colleague to manage the company's offers and applications. The
 * subject names nobody: names are typed by users, and a subject is what a phishing mail needs
 * (issue 15, point 8). The verified company's name is in the text.
 */
export const companyInvite = defineMailTemplate({
  data: z.object({ companyName: displayName, inviterName: displayName, url: mailLink }),
  compose: ({ companyName, inviterName, url }, t) => ({
    subject: t("emails:companyInvite.subject"),
    preview: t("emails:companyInvite.preview", { companyName }),
    greeting: greeting(t, undefined),
    blocks: [
      { kind: "paragraph", text: t("emails:companyInvite.intro", { inviterName, companyName }) },
      { kind: "paragraph", text: t("emails:companyInvite.what") },
      { kind: "action", label: t("emails:companyInvite.action"), url },
      { kind: "paragraph", text: t("emails:companyInvite.notYou") },
    ],
    reason: t("emails:companyInvite.reason", { inviterName, companyName }),
  }),
});
