import nodemailer from "nodemailer";
import { nodemailerMessage } from "./nodemailer-message.server";
import { processSingleton } from "~/utils/process-singleton";
import { currentMailSettings } from "./mail-settings.server";
import type { Mailer, MailSettings } from "./mailer";
import { createOutboxMailer, outboxDirectory } from "./outbox.server";

export type { Mailer, MailSettings, OutgoingMail } from "./mailer";

/** SMTP when SMTP_URL is set; otherwise every message goes to <DATA_DIR>/outbox. */
export function createMailer(settings: MailSettings): Mailer {
  return settings.SMTP_URL
    ? createSmtpMailer(settings.SMTP_URL, settings.MAIL_FROM)
    : createOutboxMailer(outboxDirectory(settings.DATA_DIR), settings.MAIL_FROM);
}

const current = processSingleton("mailer", () => ({ key: "", mailer: undefined as Mailer | undefined }));

/** The mailer for the current environment, reused while the settings stay the same. */
export function mailerFromEnvironment(): Mailer {
  const settings = currentMailSettings();
  const key = JSON.stringify([settings.SMTP_URL, settings.MAIL_FROM, settings.DATA_DIR]);
  if (!current.mailer || current.key !== key) {
    current.key = key;
    current.mailer = createMailer(settings);
  }
  return current.mailer;
}

/**
 * Connection timeouts far below nodemailer's defaults (two minutes to connect): a job waiting
 * for an unreachable server holds a worker slot, and a retry later is the better outcome.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 };

/**
 * /healthz is public: without this, every request to it would open a connection to the mail
 * provider, and a flood of them could get our sender throttled. One check per half minute.
 */
const VERIFY_REUSE_MS = 30_000;

function createSmtpMailer(url: string, from: string): Mailer {
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS }, { from });
  return {
    mode: "smtp",
    async send(mail) {
      const info = await transporter.sendMail(nodemailerMessage(mail));
      return { messageId: info.messageId };
    },
    verify: reuseFor(VERIFY_REUSE_MS, async () => {
      await transporter.verify();
    }),
  };
}

/** Runs `check` at most once per `ms`; callers in between share its result, success or failure. */
function reuseFor(ms: number, check: () => Promise<void>): () => Promise<void> {
  let last: { at: number; result: Promise<void> } | undefined;
  return () => {
    const now = Date.now();
    if (!last || now - last.at >= ms) {
      const result = check();
      result.catch(() => {}); // a caller handles it; this copy must not count as unhandled
      last = { at: now, result };
    }
    return last.result;
  };
}
