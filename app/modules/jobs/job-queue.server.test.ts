import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "~/utils/db.server";
import { enqueueJob, listQueuedJobs } from "./job-queue.server";
import { runQueuedJobs } from "../../../test/support/run-queued-jobs";
import { startJobWorker } from "./job-worker.server";
import { defineTask } from "./task-definition";

/** The queue itself: what gets in, what runs, what stays behind. Mail delivery has its own tests. */
const databaseUrl = () => process.env.DATABASE_URL ?? "";
const LINK = "https://antenne.example/de/verify-email?token=abc";
const validMail = {
  template: "verify-email",
  to: "a@example.org",
  language: "de",
  data: { name: "A", url: LINK },
} as const;

beforeEach(async () => {
  await db().$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
});

describe("enqueueJob", () => {
  it("refuses a task nobody handles, and a payload its task cannot read, and queues nothing", async () => {
    await expect(enqueueJob(db(), "mail.sned" as "mail.send", validMail)).rejects.toThrow(
      'There is no job task "mail.sned"; known tasks: mail.send',
    );
    await expect(enqueueJob(db(), "mail.send", { ...validMail, language: "es" as "de" })).rejects.toThrow(
      /Invalid payload for job task "mail.send"[\s\S]*language/,
    );
    expect(await listQueuedJobs(db())).toEqual([]);
  });

  it("queues with ten attempts by default, keeps one job per job key and holds jobs until runAt", async () => {
    const later = new Date(Date.now() + 60 * 60 * 1000);
    await enqueueJob(db(), "mail.send", validMail, { jobKey: "reminder:1", runAt: later });
    await enqueueJob(db(), "mail.send", { ...validMail, to: "b@example.org" }, { jobKey: "reminder:1", runAt: later });
    await enqueueJob(db(), "mail.send", validMail, { maxAttempts: 3, runAt: later });

    await runQueuedJobs(databaseUrl());

    const jobs = await listQueuedJobs(db());
    expect(jobs.map(({ attempts, maxAttempts }) => ({ attempts, maxAttempts }))).toEqual([
      { attempts: 0, maxAttempts: 10 },
      { attempts: 0, maxAttempts: 3 },
    ]);
    expect(jobs.every((job) => job.runAt.getTime() === later.getTime())).toBe(true);
    const [keyed] = await db().$queryRaw<{ to: string }[]>`
      SELECT payload->>'to' AS to FROM graphile_worker._private_jobs WHERE key = 'reminder:1'`;
    expect(keyed?.to, "the second enqueue with the same key replaced the first").toBe("b@example.org");
  });

  it("keeps a job whose stored payload is malformed, with an error that says why", async () => {
    // As if written by an older version of the app, or by hand.
    // Stamped with the app's "now", as the app stamps its jobs (with ANTENNE_TODAY it is not PostgreSQL's).
    await db().$executeRaw`
      SELECT graphile_worker.add_job('mail.send', '{"template":"verify-email"}'::json, run_at => ${new Date()})`;

    await runQueuedJobs(databaseUrl());

    const [job] = await listQueuedJobs(db());
    expect(job).toMatchObject({ task: "mail.send", attempts: 1 });
    expect(job?.lastError).toMatch(/Invalid payload for job task "mail.send"[\s\S]*to/);
  });
});

describe("startJobWorker", () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(stops.splice(0).map((stop) => stop()));
  });

  it("runs jobs as they are queued, logs through our logger, and stops cleanly", async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: "info" },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
          done();
        },
      }),
    );
    const seen: number[] = [];
    const tasks = {
      "test.record": defineTask({
        payload: z.object({ n: z.number() }),
        run: async ({ n }) => {
          seen.push(n);
        },
      }),
    };
    const worker = await startJobWorker({ databaseUrl: databaseUrl(), logger, concurrency: 1, tasks });
    stops.push(() => worker.stop());

    await db().$executeRaw`SELECT graphile_worker.add_job('test.record', '{"n": 1}'::json)`;
    await db().$executeRaw`SELECT graphile_worker.add_job('test.record', '{"n": 2}'::json)`;
    await vi.waitFor(() => expect(seen.sort()).toEqual([1, 2]), { timeout: 15_000, interval: 50 });
    await worker.stop();

    expect(await listQueuedJobs(db())).toEqual([]);
    expect(lines.some((line) => line.component === "job-worker" && typeof line.msg === "string")).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('"payload"');
  });
});
