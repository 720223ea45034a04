/**
 * Mails the queue gave up on: staff see them on the outbox page with their last error and send
 * them again (one, or all); the retry is audited, and nobody else may do it.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { outboxAction, outboxLoader } from "~/modules/staff/outbox-page.server";
import { db } from "~/utils/db.server";
import { cookieOf, person, routeArgs, thrownResponse } from "../../../test/support/company-fixtures";
import { resetAccountsAndQueue } from "../../../test/support/queued-mails";

const page = "/de/staff/outbox";

beforeEach(resetAccountsAndQueue);

/** Two mails that used up their attempts while the mail server was down, and one still trying. */
async function mailsAfterAnOutage() {
  const readers: [string, string][] = [
    ["lena@example.de", "Lena"],
    ["chloe@example.fr", "Chloé"],
    ["paul@example.de", "Paul"],
  ];
  for (const [to, name] of readers) {
    await queueMail(db(), {
      template: "verify-email",
      to,
      language: "de",
      data: { name, url: "https://antenne.example/de/verify?token=x" },
    });
  }
  const ids = (
    await db().$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker._private_jobs ORDER BY id`
  ).map((row) => row.id);
  await db().$executeRaw`
    UPDATE graphile_worker._private_jobs
    SET attempts = CASE WHEN id::text = ${ids[2]} THEN 3 ELSE max_attempts END,
        last_error = ${"Error: connect ECONNREFUSED 10.0.0.25:587\n    at TCPConnectWrap.afterConnect"},
        run_at = ${new Date(Date.now() + 3_600_000)}`;
  return ids;
}

/** Due by the app's clock (ANTENNE_TODAY may move it; PostgreSQL's now() stays real, ADR 31). */
const jobs = () =>
  db().$queryRaw<{ id: string; attempts: number; due: boolean }[]>`
    SELECT id::text, attempts::int, run_at <= ${new Date()} AS due
    FROM graphile_worker._private_jobs ORDER BY id`;

describe("mails that could not be delivered", () => {
  it("are listed for staff with the first line of the error, and sent again one by one or all", async () => {
    const [first, second, trying] = await mailsAfterAnOutage();
    const staff = await person("anna@antenne.example", "STAFF");
    const cookie = await cookieOf(staff.id);

    const seen = await outboxLoader(routeArgs(page, cookie));
    expect(seen.failed.map((mail) => [mail.template, mail.lastError])).toEqual([
      ["verify-email", "Error: connect ECONNREFUSED 10.0.0.25:587"],
      ["verify-email", "Error: connect ECONNREFUSED 10.0.0.25:587"],
    ]);
    expect(seen.failed.map((mail) => mail.id).sort()).toEqual([first, second].sort());

    expect(await outboxAction(routeArgs(page, cookie, { intent: "retry", jobId: first! }))).toEqual({ retried: 1 });
    expect(await jobs()).toEqual([
      { id: first, attempts: 0, due: true },
      { id: second, attempts: 10, due: false },
      { id: trying, attempts: 3, due: false },
    ]);
    // Twice the same: the mail is on its way already.
    expect(await outboxAction(routeArgs(page, cookie, { intent: "retry", jobId: first! }))).toMatchObject({
      data: { errors: { form: "staff:outbox.failed.gone" } },
      init: { status: 400 },
    });
    // "All" means the failed ones, not one that is still being tried.
    expect(await outboxAction(routeArgs(page, cookie, { intent: "retryAll" }))).toEqual({ retried: 1 });
    expect((await jobs()).map((job) => job.attempts)).toEqual([0, 0, 3]);
    expect((await outboxLoader(routeArgs(page, cookie))).failed).toEqual([]);

    const audit = await db().auditLogEntry.findMany({
      where: { action: "staff.retry-mail" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((entry) => [entry.actorId, entry.targetId, entry.details])).toEqual([
      [staff.id, first, { count: 1 }],
      [staff.id, "all", { count: 1 }],
    ]);
  });

  it("refuse a malformed job id and change nothing", async () => {
    await mailsAfterAnOutage();
    const staff = await person("anna@antenne.example", "STAFF");
    const cookie = await cookieOf(staff.id);
    for (const jobId of ["", "1; DROP TABLE x", "-1"]) {
      const answer = await outboxAction(routeArgs(page, cookie, { intent: "retry", jobId }));
      expect(answer, jobId).toMatchObject({ init: { status: 400 } });
      const errors = (answer as { data: { errors: Record<string, string> } }).data.errors;
      expect(Object.values(errors), jobId).toEqual(["staff:outbox.failed.invalid"]);
    }
    expect((await jobs()).map((job) => job.attempts)).toEqual([10, 10, 3]);
  });

  it("can be sent again by staff only", async () => {
    const [first] = await mailsAfterAnOutage();
    const company = await person("paul@weber.example", "COMPANY_MEMBER");
    const refused = await thrownResponse(
      outboxAction(routeArgs(page, await cookieOf(company.id), { intent: "retry", jobId: first! })),
    );
    expect(refused.status).toBe(403);
    expect((await jobs()).map((job) => job.attempts)).toEqual([10, 10, 3]);
  });
});
