import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * Sign-up with an address that already has an account: the form answers as for a new one (so it
 * tells nobody who is registered), and the owner learns it here, with the way back in.
 */
export const accountExists = defineMailTemplate({
  data: z.object({ name: displayName, url: mailLink }),
  compose: ({ name, url }, t) => ({
    subject: t("emails:accountExists.subject"),
    preview: t("emails:accountExists.preview"),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t("emails:accountExists.intro") },
      { kind: "action", label: t("emails:accountExists.action"), url },
      { kind: "paragraph", text: t("emails:accountExists.notYou") },
    ],
    reason: t("emails:accountExists.reason"),
  }),
});
