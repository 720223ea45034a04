import type { Env } from "~/utils/env";

/**
 * The port every part of the platform sends mail through. Two adapters: SMTP when SMTP_URL is
 * set, otherwise the outbox folder (see mailer.server.ts).
 */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

/** A file sent with a message (an event's .ics, a ticket's QR code); base64 for binary content. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: "base64";
}

export interface Mailer {
  readonly mode: "smtp" | "outbox";
  /** Resolves once the message is accepted (by the SMTP server, or written to the outbox). */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** Rejects when mail cannot go out right now (server unreachable, outbox not writable). */
  verify(): Promise<void>;
}

export type MailSettings = Pick<Env, "SMTP_URL" | "MAIL_FROM" | "DATA_DIR">;
