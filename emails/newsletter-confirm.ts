import { z } from "zod";
import { defineMailTemplate, mailLink } from "./mail-template";

/**
 * Double opt-in of the newsletter: the link opens a page with a confirm button, so a mail
 * scanner that follows links confirms nothing. Transactional: no List-Unsubscribe headers.
 */
export const newsletterConfirm = defineMailTemplate({
  data: z.object({ url: mailLink }),
  compose: ({ url }, t) => ({
    subject: t("newsletter:mail.confirm.subject"),
    preview: t("newsletter:mail.confirm.preview"),
    greeting: t("emails:layout.greetingWithoutName"),
    blocks: [
      { kind: "paragraph", text: t("newsletter:mail.confirm.intro") },
      { kind: "action", label: t("newsletter:mail.confirm.action"), url },
      { kind: "paragraph", text: t("newsletter:mail.confirm.notYou") },
    ],
    reason: t("newsletter:mail.confirm.reason"),
  }),
});
