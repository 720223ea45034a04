import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { db } from "~/utils/db.server";
import { suppressEmail } from "./email-suppression.server";
import { queueMail } from "./mail-queue.server";
import { listOutboxMessages, readOutboxMessage } from "./outbox.server";

/** Without SMTP_URL, mail lands in <DATA_DIR>/outbox, where staff can list and read it. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-outbox-"));
const outbox = path.join(dataDir, "outbox");
const LINK = "https://antenne.example/fr/reset-password?token=t0k3n";

beforeAll(() => {
  delete process.env.SMTP_URL;
  process.env.DATA_DIR = dataDir;
  process.env.MAIL_FROM = "Antenne Métropole <noreply@antenne.test>";
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("outbox", () => {
  it("keeps each sent mail as a readable .eml file, listed newest first", async () => {
    await queueMail(db(), {
      template: "verify-email",
      to: "first@example.org",
      language: "de",
      data: { name: "Lena", url: LINK },
    });
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    await queueMail(db(), {
      template: "password-reset",
      to: "second@example.org",
      language: "fr",
      data: { name: "Chloé", url: LINK, validHours: 2 },
    });
    await runQueuedJobs(process.env.DATABASE_URL ?? "");

    const files = fs.readdirSync(outbox).sort();
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith(".eml"))).toBe(true);
    const raw = fs.readFileSync(path.join(outbox, files[0] ?? ""), "utf8");
    expect(raw).toMatch(/^From: /m);
    expect(raw).toMatch(/^Content-Language: de/m);

    const list = await listOutboxMessages();
    expect(list.map(({ to, subject }) => ({ to, subject }))).toEqual([
      { to: "second@example.org", subject: "Réinitialisation de votre mot de passe" },
      { to: "first@example.org", subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse" },
    ]);
    expect(list[0]?.date).toBeInstanceOf(Date);

    const message = await readOutboxMessage(list[0]?.id ?? "");
    expect(message).toMatchObject({ to: "second@example.org", from: expect.stringContaining("noreply@antenne.test") });
    expect(message?.headers["content-language"]).toBe("fr");
    expect(message?.text).toContain(`\n${LINK}\n`);
    expect(message?.text).toContain("Ce lien est valable 2 heures.");
    expect(message?.html).toContain('<html lang="fr"');
    expect(message?.html).toContain(`href="${LINK}"`);
  });

  it("finds nothing for ids that are not outbox ids, and never reads outside the outbox", async () => {
    fs.writeFileSync(path.join(dataDir, "secret.eml"), "Subject: secret\r\n\r\nnot for staff eyes");
    for (const id of ["../secret", "..%2Fsecret", "/etc/passwd", "", "20260101T000000000Z-0000000g"]) {
      expect(await readOutboxMessage(id), id).toBeNull();
    }
    expect(await readOutboxMessage("20200101T000000000Z-00000000")).toBeNull();
  });

  it("lists only complete messages and an empty list when nothing was sent", async () => {
    fs.mkdirSync(outbox, { recursive: true });
    const partial = path.join(outbox, "20990101T000000000Z-abcdef01.eml.partial");
    fs.writeFileSync(partial, "Subject: half");
    expect((await listOutboxMessages()).map((message) => message.subject)).not.toContain("half");
    expect(await listOutboxMessages({ dataDir: path.join(dataDir, "nothing-here") })).toEqual([]);
  });

  it("does not send a mail whose recipient deleted their account after it was queued", async () => {
    const before = fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0;
    await queueMail(db(), {
      template: "password-reset",
      to: "gone@example.org",
      language: "de",
      data: { name: "Tom", url: LINK, validHours: 1 },
    });
    await suppressEmail(db(), "gone@example.org");
    await runQueuedJobs(process.env.DATABASE_URL ?? "");
    expect(fs.existsSync(outbox) ? fs.readdirSync(outbox).length : 0).toBe(before);
  });
});
