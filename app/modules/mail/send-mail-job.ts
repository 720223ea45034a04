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
  /** Rows of `mail_attachment`: the files themselves never travel in the payload. */
  attachmentIds: z.array(z.uuid()).max(5).optional(),
});

export const sendMailJob = defineJob({ name: "mail.send", payload: mailJobPayload });
