/**
 * The `mail.send` job's contract: what a queued mail holds. The handler that renders and sends it
 * is send-mail-task.server.ts; queueMail (mail-queue.server.ts) is the typed way to queue one.
 */
import { z } from "zod";
import { LANGUAGES } from "~/modules/i18n/languages";
import { defineJob } from "~/modules/jobs/task-definition";
import { MAIL_TEMPLATE_NAMES } from "../../../emails/templates";

export const mailJobPayload = z.object({
  template: z.enum(MAIL_TEMPLATE_NAMES),
  to: z.email(),
  language: z.enum(LANGUAGES),
  /** Checked against the template's own schema when the mail is queued and when it is rendered. */
  data: z.record(z.string(), z.unknown()),
  /** Files made when the mail was queued (an .ics as it was then); small, at most a few. */
  attachments: z
    .array(
      z.object({
        filename: z.string().regex(/^[\w.-]{1,80}$/),
        contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+(; ?[\w-]+=[\w-]+)*$/),
        content: z.string().max(200_000),
        encoding: z.literal("base64").optional(),
      }),
    )
    .max(5)
    .optional(),
});

export const sendMailJob = defineJob({ name: "mail.send", payload: mailJobPayload });
