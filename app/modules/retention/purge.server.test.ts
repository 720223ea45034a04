import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { issueOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { outboxId } from "~/modules/mail/outbox-id";
import { outboxDirectory } from "~/modules/mail/outbox.server";
import { db } from "~/utils/db.server";
import { queuedMails, resetAccountsAndQueue } from "../../../test/support/queued-mails";
import { purge } from "./purge.server";

const NOW = new Date("2027-03-01T03:15:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "antenne-purge-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

beforeEach(async () => {
  await resetAccountsAndQueue();
  fs.rmSync(outboxDirectory(dataDir), { recursive: true, force: true });
});

async function account(
  email: string,
  options: { role?: "STUDENT" | "STAFF" | "COMPANY_MEMBER"; confirmed?: boolean; created: Date },
) {
  return db().user.create({
    data: {
      email,
      role: options.role ?? "STUDENT",
      displayName: email.split("@")[0] ?? email,
      emailVerifiedAt: options.confirmed ? options.created : null,
      createdAt: options.created,
    },
  });
}

async function session(userId: string, createdAt: Date, lastSeenAt: Date, expiresAt = new Date(NOW.getTime() + DAY)) {
  return db().session.create({
    data: { id: randomBytes(16).toString("hex"), userId, createdAt, lastSeenAt, expiresAt },
  });
}

describe("the daily purge", () => {
  it("removes accounts never confirmed after 30 days, with their unverified company, and keeps the rest", async () => {
    const old = await account("never@example.de", { role: "COMPANY_MEMBER", created: daysAgo(31) });
    const place = await db().place.findFirstOrThrow({ where: { country: "DE" } });
    await db().company.create({
      data: {
        slug: "never-gmbh",
        name: "Never GmbH",
        country: "DE",
        placeId: place.id,
        address: "Weg 1",
        size: "SMALL",
        contactName: "Never",
        contactEmail: "never@example.de",
        members: { create: { userId: old.id, isOwner: true } },
      },
    });
    const fresh = await account("soon@example.de", { created: daysAgo(29) });
    const confirmed = await account("kept@example.de", { confirmed: true, created: daysAgo(400) });
    // In the append-only audit log as an actor: cannot go, so it is erased instead.
    const logged = await account("logged@example.de", { created: daysAgo(60) });
    await db().auditLogEntry.create({
      data: { actorId: logged.id, action: "account.signup", targetType: "user", targetId: logged.id },
    });

    const counts = await purge(NOW, { dataDir });
    expect(counts.unconfirmedAccounts).toBe(2);
    const left = await db().user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true } });
    expect(left.map((user) => user.id).sort()).toEqual([fresh.id, confirmed.id, logged.id].sort());
    expect(left.find((user) => user.id === logged.id)?.email).toMatch(/@deleted\.invalid$/);
    expect(await db().company.count({ where: { slug: "never-gmbh" } })).toBe(0);
    // A second run finds nothing more.
    expect((await purge(NOW, { dataDir })).unconfirmedAccounts).toBe(0);
  });

  it("removes sessions past their end or idle beyond their role's limit, and keeps live ones", async () => {
    const student = await account("noe@example.fr", { confirmed: true, created: daysAgo(100) });
    const staff = await account("staff@antenne.example", { role: "STAFF", confirmed: true, created: daysAgo(100) });
    const idle = await session(student.id, daysAgo(20), daysAgo(15));
    const expired = await session(student.id, daysAgo(2), hoursAgo(1), hoursAgo(1));
    const live = await session(student.id, daysAgo(20), daysAgo(1));
    const staffIdle = await session(staff.id, hoursAgo(3), hoursAgo(2));
    const staffLive = await session(staff.id, hoursAgo(3), hoursAgo(0.25));

    expect((await purge(NOW, { dataDir })).sessions).toBe(3);
    const ids = (await db().session.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(ids).toEqual([live.id, staffLive.id].sort());
    expect(ids).not.toContain(idle.id);
    expect(ids).not.toContain(expired.id);
    expect(ids).not.toContain(staffIdle.id);
  });

  it("removes links used or expired more than a week ago, and keeps recent and valid ones", async () => {
    const user = await account("noe@example.fr", { confirmed: true, created: daysAgo(100) });
    const link = async (expiresAt: Date, usedAt: Date | null) => {
      await issueOneTimeToken(db(), { purpose: "RESET_PASSWORD", email: user.email, userId: user.id });
      const newest = await db().oneTimeToken.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
      return db().oneTimeToken.update({ where: { id: newest.id }, data: { expiresAt, usedAt } });
    };
    await link(daysAgo(8), null);
    await link(daysAgo(5), daysAgo(9));
    const recentlyUsed = await link(NOW, daysAgo(2));
    const recentlyExpired = await link(daysAgo(3), null);
    const valid = await link(new Date(NOW.getTime() + DAY), null);

    expect((await purge(NOW, { dataDir })).links).toBe(2);
    const ids = (await db().oneTimeToken.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(ids).toEqual([recentlyUsed.id, recentlyExpired.id, valid.id].sort());
  });

  it("removes outbox files and failed jobs after 90 days, and keeps younger ones and waiting jobs", async () => {
    const outbox = outboxDirectory(dataDir);
    fs.mkdirSync(outbox, { recursive: true });
    const oldFile = `${outboxId(daysAgo(91), "0000aaaa")}.eml`;
    const newFile = `${outboxId(daysAgo(89), "0000bbbb")}.eml`;
    for (const file of [oldFile, newFile]) fs.writeFileSync(path.join(outbox, file), "To: a@example.org\r\n\r\nHi");
    fs.writeFileSync(path.join(outbox, "notes.txt"), "not a message");

    const mail = (to: string) => ({
      template: "password-reset" as const,
      to,
      language: "de" as const,
      data: { name: "Lena", url: "http://localhost/de/reset-password?token=x", validHours: 1 },
    });
    await queueMail(db(), mail("failed-long-ago@example.org"));
    await queueMail(db(), mail("failed-lately@example.org"));
    await queueMail(db(), mail("waiting@example.org"));
    await db().$executeRaw`
      UPDATE graphile_worker._private_jobs SET attempts = max_attempts,
        updated_at = CASE WHEN payload ->> 'to' = 'failed-long-ago@example.org' THEN ${daysAgo(91)}::timestamptz
                          ELSE ${daysAgo(10)}::timestamptz END
      WHERE payload ->> 'to' <> 'waiting@example.org'`;
    await db().$executeRaw`
      UPDATE graphile_worker._private_jobs SET updated_at = ${daysAgo(200)}::timestamptz
      WHERE payload ->> 'to' = 'waiting@example.org'`;

    const counts = await purge(NOW, { dataDir });
    expect(counts).toMatchObject({ outboxFiles: 1, failedJobs: 1 });
    expect(fs.readdirSync(outbox).sort()).toEqual([newFile, "notes.txt"].sort());
    expect((await queuedMails()).map((queued) => queued.to).sort()).toEqual([
      "failed-lately@example.org",
      "waiting@example.org",
    ]);
  });

  it("deletes the files of mails that never went out after 14 days, and keeps those still waiting", async () => {
    await db().mailAttachment.deleteMany();
    const file = { filename: "vereinbarung.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.7") };
    await db().mailAttachment.create({ data: { ...file, createdAt: daysAgo(15) } });
    const waiting = await db().mailAttachment.create({ data: { ...file, createdAt: daysAgo(13) } });
    expect((await purge(NOW, { dataDir })).mailAttachments).toBe(1);
    expect((await db().mailAttachment.findMany({ select: { id: true } })).map((row) => row.id)).toEqual([waiting.id]);
  });
});
