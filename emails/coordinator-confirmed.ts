import { z } from "zod";
import { defineMailTemplate, displayName, greeting, mailLink } from "./mail-template";

/**
 * To a teacher whom staff have confirmed as a school's coordinator: from now on they follow the
 * school's students on the platform.
 */
export const coordinatorConfirmed = defineMailTemplate({
  data: z.object({
    name: displayName,
    schoolName: displayName,
    url: mailLink,
  }),
  compose: ({ name, schoolName, url }, t) => ({
    subject: t("emails:coordinatorConfirmed.subject", { schoolName }),
    preview: t("emails:coordinatorConfirmed.preview", { schoolName }),
    greeting: greeting(t, name),
    blocks: [
      { kind: "paragraph", text: t("emails:coordinatorConfirmed.intro", { schoolName }) },
      { kind: "paragraph", text: t("emails:coordinatorConfirmed.next") },
      { kind: "action", label: t("emails:coordinatorConfirmed.action"), url },
    ],
    reason: t("emails:coordinatorConfirmed.reason", { schoolName }),
  }),
});
