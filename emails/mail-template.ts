import { z } from "zod";
import type { Translate } from "~/modules/i18n/translator";

/**
 * The contract of one message. A template says WHAT a message says, as a short list of blocks in
 * the recipient's language; the layouts say how it looks, as HTML (layout-html.tsx) and as plain
 * text (layout-text.ts). Both parts are written from the same blocks, so they never drift apart,
 * and the text part is real text, not stripped HTML.
 */
export type MailBlock =
  | { kind: "paragraph"; text: string }
  /** The one thing the recipient should do: a button in HTML, the label and bare URL in text. */
  | { kind: "action"; label: string; url: string }
  /** Set apart from the paragraphs: something the recipient must not miss. */
  | { kind: "note"; title: string; text: string };

export interface MailComposition {
  subject: string;
  /** Shown by mail clients next to the subject in the message list. */
  preview: string;
  greeting: string;
  blocks: MailBlock[];
  /** Why this person gets this mail; printed in the footer. */
  reason: string;
}

export interface MailTemplate<Schema extends z.ZodType> {
  /** The data a sender must give; checked when the mail is queued and again before it is sent. */
  data: Schema;
  compose(data: z.output<Schema>, t: Translate): MailComposition;
}

export function defineMailTemplate<Schema extends z.ZodType>(template: MailTemplate<Schema>): MailTemplate<Schema> {
  return template;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** Links in mails are absolute web links; anything else (javascript:, mailto:) is a bug. */
export const mailLink = z.url({ protocol: /^https?$/, error: "expected an absolute http(s) link" });

/** A person's or company's name as shown in a mail. */
export const displayName = z.string().trim().min(1).max(200);

/** "Hello Anna," when the name is known, else "Hello," (a guardian's name is optional at sign-up). */
export function greeting(t: Translate, name: string | undefined): string {
  return name ? t("emails:layout.greeting", { name }) : t("emails:layout.greetingWithoutName");
}
