/**
 * Files attached to a queued mail. The job payload is JSON the queue keeps and logs; a PDF does not
 * belong there. So the file is written to `mail_attachment` in the same transaction as the job
 * (it exists exactly when the mail was queued), the payload carries its id, and the row is deleted
 * once the mail went out. Bounded: a mail is not a file transfer.
 */
import type { SqlClient } from "~/utils/db.server";

export interface MailAttachment {
  /** The name the recipient sees ("Praktikumsvereinbarung.pdf"). */
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/** Per mail, all attachments together; the signed agreement (about 70 KB) fits many times over. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;

export class AttachmentTooLargeError extends Error {
  constructor(bytes: number) {
    super(`Mail attachments of ${bytes} bytes exceed the limit of ${MAX_ATTACHMENT_BYTES} bytes.`);
    this.name = "AttachmentTooLargeError";
  }
}

const SAFE_NAME = /^[^/\\\r\n"]{1,200}$/;
/** A type with optional parameters (`text/calendar; charset=utf-8; method=PUBLISH`), nothing that could break a header. */
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+(; ?[a-z-]+=[a-z0-9-]+)*$/i;

/** Throws for a mistake of the caller (too many, too large, a name that could break a header). */
export function checkAttachments(attachments: readonly MailAttachment[]): void {
  if (attachments.length > MAX_ATTACHMENTS) throw new Error(`At most ${MAX_ATTACHMENTS} attachments per mail.`);
  const bytes = attachments.reduce((sum, file) => sum + file.content.byteLength, 0);
  if (bytes > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(bytes);
  for (const file of attachments) {
    if (!SAFE_NAME.test(file.filename))
      throw new Error(`Unsafe attachment file name: ${JSON.stringify(file.filename)}`);
    if (!CONTENT_TYPE.test(file.contentType)) throw new Error(`Bad content type: ${file.contentType}`);
  }
}

/** Stores the files in the caller's transaction; returns their ids, in order, for the job payload. */
export async function storeAttachments(client: SqlClient, attachments: readonly MailAttachment[]): Promise<string[]> {
  checkAttachments(attachments);
  const ids: string[] = [];
  for (const file of attachments) {
    const rows = await client.$queryRaw<{ id: string }[]>`
      INSERT INTO mail_attachment (filename, content_type, content, created_at)
      VALUES (${file.filename}, ${file.contentType}, ${Buffer.from(file.content)}, ${new Date()})
      RETURNING id::text AS id`;
    ids.push((rows[0] as { id: string }).id);
  }
  return ids;
}

/** The files of a mail about to be sent; a missing one (already erased) is left out. */
export async function loadAttachments(client: SqlClient, ids: readonly string[]): Promise<MailAttachment[]> {
  if (ids.length === 0) return [];
  const rows = await client.$queryRaw<{ id: string; filename: string; content_type: string; content: Uint8Array }[]>`
    SELECT id::text AS id, filename, content_type, content FROM mail_attachment WHERE id = ANY(${[...ids]}::uuid[])`;
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ filename: row.filename, contentType: row.content_type, content: row.content }] : [];
  });
}

export async function deleteAttachments(client: SqlClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.$executeRaw`DELETE FROM mail_attachment WHERE id = ANY(${[...ids]}::uuid[])`;
}

/**
 * Attachments whose mail never went out (the job gave up after its retries) are deleted after
 * this long by the daily clean-up, so a failed mail does not keep a document forever.
 */
export const ATTACHMENT_KEEP_DAYS = 14;

export async function deleteStaleAttachments(client: SqlClient, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ATTACHMENT_KEEP_DAYS * 24 * 60 * 60 * 1000);
  return client.$executeRaw`DELETE FROM mail_attachment WHERE created_at < ${before}`;
}
