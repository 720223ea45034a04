import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/** Sent after sign-up and after a change of address: proves that the address is the user's. */
export const verifyEmail = defineMailTemplate({
  data: z.object({ name: displayName, url: mailLink }),
  compose: ({ name, url }, t) => ({
    subject: t("emails:verifyEmail.subject"),
    preview: t("emails:verifyEmail.preview"),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t("emails:verifyEmail.intro") },
      { kind: "action", label: t("emails:verifyEmail.action"), url },
      { kind: "paragraph", text: t("emails:verifyEmail.notYou") },
    ],
    reason: t("emails:verifyEmail.reason"),
  }),
});
