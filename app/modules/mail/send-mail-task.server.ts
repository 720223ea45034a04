import { isEmailSuppressed } from "./email-suppression.server";
import { db } from "~/utils/db.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { defineTask } from "~/modules/jobs/task-definition";
import { mailHeaders, renderMail } from "../../../emails/templates";
import { mailerFromEnvironment } from "./mailer.server";
import { sendMailJob } from "./send-mail-job";

/**
 * The `mail.send` job: renders the template in the recipient's language when the job runs and
 * hands it to the mailer. A failure to send throws, so graphile-worker keeps the job and retries
 * it with backoff. Transactional mail gets no List-Unsubscribe and no Precedence header; only
 * alerts someone subscribed to (saved searches) name their stop link (mailHeaders).
 */
export const sendMailTask = defineTask({
  payload: sendMailJob.payload,
  async run({ template, to, language, data, attachments }, { logger }) {
    // The account may have been deleted between queueing and sending: check the block list again.
    if (template !== "verify-email" && (await isEmailSuppressed(db(), to))) {
      logger.info({ template }, "mail not sent: the recipient's address was erased since it was queued");
      return;
    }
    const mail = renderMail(template, data, language, translatorFor(language));
    const mailer = mailerFromEnvironment();
    const { messageId } = await mailer.send({
      to,
      ...mail,
      headers: { "Content-Language": language, ...mailHeaders(template, data) },
      ...(attachments?.length ? { attachments } : {}),
    });
    // No address in the log: the template, language and id are enough to find the message.
    logger.info({ template, language, messageId, mode: mailer.mode }, "mail sent");
  },
});
