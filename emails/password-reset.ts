import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/** Answers "forgot password": a one-time link to choose a new one, valid for `validHours`. */
export const passwordReset = defineMailTemplate({
  data: z.object({ name: displayName, url: mailLink, validHours: z.int().min(1).max(168) }),
  compose: ({ name, url, validHours }, t) => ({
    subject: t("emails:passwordReset.subject"),
    preview: t("emails:passwordReset.preview"),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t("emails:passwordReset.intro") },
      { kind: "action", label: t("emails:passwordReset.action"), url },
      { kind: "paragraph", text: t("emails:passwordReset.validity", { count: validHours }) },
      { kind: "paragraph", text: t("emails:passwordReset.notYou") },
    ],
    reason: t("emails:passwordReset.reason"),
  }),
});
