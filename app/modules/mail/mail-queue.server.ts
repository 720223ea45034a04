import { z } from "zod";
import { isEmailSuppressed } from "./email-suppression.server";
import type { Language } from "~/modules/i18n/languages";
import type { MailAttachment } from "./mailer";
import { enqueueJob } from "~/modules/jobs/job-queue.server";
import type { SqlClient } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { InvalidMailDataError, MAIL_TEMPLATES, type MailData, type MailTemplateName } from "../../../emails/templates";

export interface QueuedMail<Name extends MailTemplateName> {
  template: Name;
  to: string;
  /** The recipient's language, not necessarily the sender's. */
  language: Language;
  data: MailData<Name>;
  /** Files to send with it, made now (e.g. the event's .ics with its current SEQUENCE). */
  attachments?: MailAttachment[];
}

/**
 * Queues a mail in the caller's transaction (pass `tx` inside `db().$transaction`): it goes out
 * only if the change that caused it is committed, and the request never waits for a mail
 * server. The data is checked here, so a mistake fails in the request that made it.
 *
 * Addresses of deleted accounts are on the suppression list: mail to them is dropped without an
 * error (the caller's change still happens, and nobody learns that the address was erased).
 * Only the confirmation mail of a new sign-up gets through, as only the person themself asks
 * for it by signing up again.
 */
export async function queueMail<Name extends MailTemplateName>(
  client: SqlClient,
  mail: QueuedMail<Name>,
): Promise<void> {
  const parsed = MAIL_TEMPLATES[mail.template].data.safeParse(mail.data);
  if (!parsed.success) {
    throw new InvalidMailDataError(`Invalid data for mail "${mail.template}":\n${z.prettifyError(parsed.error)}`);
  }
  if (mail.template !== "verify-email" && (await isEmailSuppressed(client, mail.to))) {
    // The address is personal data the person asked us to forget: it is not logged.
    logger.info({ template: mail.template }, "mail not queued: the recipient's address is suppressed");
    return;
  }
  await enqueueJob(client, "mail.send", {
    template: mail.template,
    to: mail.to,
    language: mail.language,
    data: parsed.data,
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
  });
}
