import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { simpleParser, type HeaderValue } from "mailparser";
import nodemailer from "nodemailer";
import { nodemailerMessage } from "./nodemailer-message.server";
import { currentMailSettings } from "./mail-settings.server";
import type { Mailer } from "./mailer";
import { isOutboxId, outboxId, outboxIdDate, outboxIdOfFile } from "./outbox-id";

/**
 * The mail adapter for installations without SMTP: nodemailer builds the complete message (the
 * same MIME an SMTP server would get) and it is kept as an .eml file under <DATA_DIR>/outbox,
 * where staff read it in the app or open it in any mail program.
 */
export function outboxDirectory(dataDir: string): string {
  return path.resolve(dataDir, "outbox");
}

export function createOutboxMailer(directory: string, from: string): Mailer {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" }, { from });
  return {
    mode: "outbox",
    async send(mail) {
      const info = await transporter.sendMail(nodemailerMessage(mail));
      await fs.mkdir(directory, { recursive: true });
      const file = path.join(directory, `${outboxId(new Date(), randomBytes(4).toString("hex"))}.eml`);
      // Written under a temporary name and renamed, so the list never shows half a message.
      const partial = `${file}.partial`;
      await fs.writeFile(partial, info.message);
      await fs.rename(partial, file);
      return { messageId: info.messageId };
    },
    async verify() {
      await fs.mkdir(directory, { recursive: true });
      await fs.access(directory, fs.constants.W_OK);
    },
  };
}

export interface OutboxSummary {
  id: string;
  date: Date;
  to: string;
  subject: string;
}

export interface OutboxMessage extends OutboxSummary {
  from: string;
  /** Decoded header values by lower-case name, e.g. `content-language`. */
  headers: Record<string, string>;
  html: string | null;
  text: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
}

export interface OutboxOptions {
  /** Default: DATA_DIR of the environment. */
  dataDir?: string;
}

/** The newest messages first (at most `limit`), for the staff outbox page. */
export async function listOutboxMessages({
  dataDir = currentMailSettings().DATA_DIR,
  limit = 200,
}: OutboxOptions & { limit?: number } = {}): Promise<OutboxSummary[]> {
  const directory = outboxDirectory(dataDir);
  const names = await fs.readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  const ids = names
    .map(outboxIdOfFile)
    .filter((id): id is string => id !== undefined)
    .sort()
    .reverse()
    .slice(0, limit);
  const messages = await Promise.all(ids.map((id) => readOutboxMessage(id, { dataDir })));
  return messages
    .filter((message): message is OutboxMessage => message !== null)
    .map(({ id, date, to, subject }) => ({ id, date, to, subject }));
}

/** One message, parsed; null when there is no message with that id (or the id is malformed). */
export async function readOutboxMessage(
  id: string,
  { dataDir = currentMailSettings().DATA_DIR }: OutboxOptions = {},
): Promise<OutboxMessage | null> {
  if (!isOutboxId(id)) return null;
  let source: Buffer;
  try {
    source = await fs.readFile(path.join(outboxDirectory(dataDir), `${id}.eml`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const parsed = await simpleParser(source);
  const headers = Object.fromEntries([...parsed.headers].map(([name, value]) => [name, headerText(value)]));
  return {
    id,
    date: parsed.date ?? new Date(0),
    from: parsed.from?.text ?? "",
    to: addressText(parsed.to),
    subject: parsed.subject ?? "",
    headers,
    html: parsed.html || null,
    text: parsed.text || null,
    attachments: parsed.attachments.map((file) => ({
      filename: file.filename ?? "",
      contentType: file.contentType,
      size: file.size,
    })),
  };
}

function addressText(value: { text: string } | { text: string }[] | undefined): string {
  if (!value) return "";
  return Array.isArray(value) ? value.map((address) => address.text).join(", ") : value.text;
}

/** mailparser gives structured values for some headers; staff only need to read them. */
function headerText(value: HeaderValue): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerText(item as HeaderValue)).join(", ");
  if ("text" in value && typeof value.text === "string") return value.text;
  if ("value" in value && "params" in value && typeof value.value === "string") {
    const params = Object.entries(value.params).map(([key, param]) => `; ${key}=${param}`);
    return `${value.value}${params.join("")}`;
  }
  return JSON.stringify(value);
}

async function outboxIds(directory: string): Promise<string[]> {
  const names = await fs.readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return names.map(outboxIdOfFile).filter((id): id is string => id !== undefined);
}

async function removeOutboxFile(directory: string, id: string): Promise<void> {
  await fs.rm(path.join(directory, `${id}.eml`), { force: true });
}

/**
 * Removes every kept message addressed to one address (an erased account, GDPR Art. 17). Reads
 * each file's recipients, so it costs a pass over the outbox; outbox mode is for small
 * installations without SMTP. Returns how many files went.
 */
export async function deleteOutboxMessagesTo(
  email: string,
  { dataDir = currentMailSettings().DATA_DIR }: OutboxOptions = {},
): Promise<number> {
  const directory = outboxDirectory(dataDir);
  const wanted = email.trim().toLowerCase();
  let removed = 0;
  for (const id of await outboxIds(directory)) {
    const source = await fs.readFile(path.join(directory, `${id}.eml`)).catch(() => null);
    if (!source) continue;
    const parsed = await simpleParser(source, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
    const recipients = [parsed.to ?? []].flat().flatMap((to) => to.value.map((address) => address.address ?? ""));
    if (recipients.some((address) => address.toLowerCase() === wanted)) {
      await removeOutboxFile(directory, id);
      removed += 1;
    }
  }
  return removed;
}

/** Removes messages written before `cutoff` (the daily purge); their names carry the time. */
export async function purgeOutboxBefore(
  cutoff: Date,
  { dataDir = currentMailSettings().DATA_DIR }: OutboxOptions = {},
): Promise<number> {
  const directory = outboxDirectory(dataDir);
  let removed = 0;
  for (const id of await outboxIds(directory)) {
    if (outboxIdDate(id) >= cutoff) continue;
    await removeOutboxFile(directory, id);
    removed += 1;
  }
  return removed;
}
