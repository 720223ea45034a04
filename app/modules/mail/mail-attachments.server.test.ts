/**
 * Attachments go out with the mail (real SMTP server, parsed as a recipient's program would) and
 * into the outbox .eml; the job's payload names them only by id, and the stored copy is deleted
 * once sent. Oversized attachments are refused when the mail is queued.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listQueuedJobs } from "~/modules/jobs/job-queue.server";
import { db } from "~/utils/db.server";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { startTestSmtpServer, type TestSmtpServer } from "../../../test/support/test-smtp-server";
import { AttachmentTooLargeError, MAX_ATTACHMENT_BYTES, deleteStaleAttachments } from "./mail-attachments.server";
import { queueMail } from "./mail-queue.server";
import { listOutboxMessages, readOutboxMessage } from "./outbox.server";

const LINK = "https://antenne.example/fr/reset-password?token=t0k3n";
const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n% Praktikumsvereinbarung – convention de stage\n%%EOF\n"));
const databaseUrl = () => process.env.DATABASE_URL ?? "";

function queueWithAttachment(content = PDF) {
  return queueMail(db(), {
    template: "password-reset",
    to: "chloe@example.fr",
    language: "fr",
    data: { name: "Chloé", url: LINK, validHours: 2 },
    attachments: [{ filename: "Convention de stage – Chloé.pdf", contentType: "application/pdf", content }],
  });
}

let smtp: TestSmtpServer;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-attachments-"));

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.MAIL_FROM = "Antenne Métropole <noreply@antenne.test>";
  process.env.DATA_DIR = dataDir;
});

afterAll(async () => {
  await smtp.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  smtp.received.length = 0;
  process.env.SMTP_URL = smtp.url;
  await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
  await db().$executeRawUnsafe("DELETE FROM mail_attachment");
});

describe("mail attachments", () => {
  it("go out as a MIME part with their name, type and exact bytes, and are not kept after sending", async () => {
    await queueWithAttachment();
    const [job] = await db().$queryRawUnsafe<{ payload: unknown }[]>(
      "SELECT payload FROM graphile_worker._private_jobs",
    );
    expect(JSON.stringify(job?.payload)).toMatch(/"attachmentIds":\["[0-9a-f-]{36}"\]/);
    expect(JSON.stringify(job?.payload)).not.toContain("PDF");
    expect(await db().mailAttachment.count()).toBe(1);

    await runQueuedJobs(databaseUrl());
    expect(smtp.received).toHaveLength(1);
    const [file] = smtp.received[0]?.attachments ?? [];
    expect(file?.filename).toBe("Convention de stage – Chloé.pdf");
    expect(file?.contentType).toBe("application/pdf");
    expect(new Uint8Array(file?.content ?? [])).toEqual(PDF);
    expect(await db().mailAttachment.count()).toBe(0);
  });

  it("are in the outbox .eml when there is no SMTP server", async () => {
    delete process.env.SMTP_URL;
    await queueWithAttachment();
    await runQueuedJobs(databaseUrl());
    const [summary] = await listOutboxMessages({ dataDir });
    const message = await readOutboxMessage(summary?.id ?? "", { dataDir });
    expect(message?.attachments).toEqual([
      { filename: "Convention de stage – Chloé.pdf", contentType: "application/pdf", size: PDF.byteLength },
    ]);
  });

  it("are refused above the size bound, and nothing is queued", async () => {
    await expect(queueWithAttachment(new Uint8Array(MAX_ATTACHMENT_BYTES + 1))).rejects.toThrow(
      AttachmentTooLargeError,
    );
    expect(await listQueuedJobs(db())).toHaveLength(0);
    expect(await db().mailAttachment.count()).toBe(0);
  });

  it("whose mail never went out are deleted after two weeks", async () => {
    await queueWithAttachment();
    expect(await deleteStaleAttachments(db(), new Date(Date.now() + 13 * 86_400_000))).toBe(0);
    expect(await deleteStaleAttachments(db(), new Date(Date.now() + 15 * 86_400_000))).toBe(1);
  });
});
