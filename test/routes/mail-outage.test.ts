import { once } from "node:events";
import net from "node:net";
import { makeWorkerUtils } from "graphile-worker";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/modules/accounts/password.server";
import { listQueuedJobs } from "~/modules/jobs/job-queue.server";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { startHttpStack, type HttpStack } from "../support/http-stack";
import { queuedJobs, resetAccountsAndQueue } from "../support/queued-mails";
import { runQueuedJobs } from "../support/run-queued-jobs";
import { startTestSmtpServer } from "../support/test-smtp-server";

/**
 * README, "Mail": "a failing mail server never loses a message or slows a request". Someone asks
 * for a password reset over HTTP while the mail server does not answer at all; the page answers
 * at once. Then the server is down (connection refused) for every attempt the queue makes: the
 * message stays in the queue, marked failed with the reason, its recipient and link intact, and
 * once the server is back an operator can send it (graphile-worker's rescheduleJobs), and the
 * link in it works.
 */
const EMAIL = "pia.sommer@example.de";
const databaseUrl = () => process.env.DATABASE_URL ?? "";
let stack: HttpStack;

beforeAll(async () => {
  await resetAccountsAndQueue();
  await db().user.create({
    data: {
      email: EMAIL,
      role: "STUDENT",
      displayName: "Pia Sommer",
      passwordHash: await hashPassword("ein ziemlich langer Satz"),
      emailVerifiedAt: new Date(),
    },
  });
  stack = await startHttpStack();
}, 180_000);

afterAll(async () => {
  delete process.env.SMTP_URL;
  await stack?.close();
});

/** A mail server that accepts the connection and then says nothing: a client waits for its greeting. */
async function silentMailServer() {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => void sockets.push(socket));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `smtp://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    connections: () => sockets.length,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** An address where nothing listens: every connection is refused. */
async function downMailServerUrl(): Promise<string> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `smtp://127.0.0.1:${port}`;
}

/** Brings every waiting retry forward to now, as if its backoff had passed. */
async function backoffPassed(ids: string[]) {
  const utils = await makeWorkerUtils({ connectionString: databaseUrl() });
  try {
    await utils.rescheduleJobs(ids, { runAt: new Date() });
  } finally {
    await utils.release();
  }
}

describe("mail while the mail server is unreachable", () => {
  it("answers the request at once, keeps the message through every retry, and sends it once the server is back", async () => {
    const silent = await silentMailServer();
    process.env.SMTP_URL = silent.url;
    const started = performance.now();
    const answer = await stack.post("/en/forgot-password", { email: EMAIL });
    const elapsedMs = performance.now() - started;
    expect(answer.status).toBe(200);
    const page = parseHTML(await answer.text()).document.querySelector("main")?.textContent ?? "";
    expect(page).toContain(translatorFor("en")("auth:forgot.sent"));
    // Sending it here would wait 10 s for the greeting (mailer.server.ts), then fail.
    expect(elapsedMs, "the page waited for the mail server").toBeLessThan(5_000);
    expect(silent.connections(), "the request talked to the mail server").toBe(0);

    const [queued] = await listQueuedJobs(db(), { task: "mail.send" });
    expect(queued, "the reset mail is in the queue").toBeDefined();
    const [payload] = await queuedJobs("mail.send");
    expect(payload).toMatchObject({ template: "password-reset", to: EMAIL, language: "en" });
    await silent.close();

    // Down for every attempt: each one fails and is kept, until none is left.
    process.env.SMTP_URL = await downMailServerUrl();
    for (let attempt = 1; attempt <= queued!.maxAttempts; attempt++) {
      await backoffPassed([queued!.id]);
      await runQueuedJobs(databaseUrl());
      const [job] = await listQueuedJobs(db(), { task: "mail.send" });
      expect(job, `after attempt ${attempt}`).toMatchObject({
        id: queued!.id,
        attempts: attempt,
        lastError: expect.stringContaining("ECONNREFUSED"),
      });
    }
    // Failed for good: the worker leaves it alone, and it is still there, whole.
    await backoffPassed([queued!.id]);
    await runQueuedJobs(databaseUrl());
    const [failed] = await listQueuedJobs(db(), { task: "mail.send" });
    expect(failed).toMatchObject({ id: queued!.id, attempts: queued!.maxAttempts, maxAttempts: queued!.maxAttempts });
    expect(await queuedJobs("mail.send")).toEqual([payload]);

    // The server is back; an operator gives the message ten more attempts and it goes out.
    // (graphile-worker's `attempts: 0` would be taken as "unchanged", hence maxAttempts.)
    const smtp = await startTestSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      const utils = await makeWorkerUtils({ connectionString: databaseUrl() });
      await utils.rescheduleJobs([queued!.id], { runAt: new Date(), maxAttempts: failed!.attempts + 10 });
      await utils.release();
      await runQueuedJobs(databaseUrl());
      expect(smtp.received.map((mail) => [mail.to && "text" in mail.to ? mail.to.text : "", mail.subject])).toEqual([
        [EMAIL, "Reset your password"],
      ]);
      expect(await listQueuedJobs(db(), { task: "mail.send" })).toEqual([]);

      const link = new URL((payload?.data as { url: string }).url);
      expect(smtp.received[0]?.text).toContain(link.toString());
      const reset = await stack.get(`${link.pathname}${link.search}`);
      expect(reset.status).toBe(200);
      expect(parseHTML(await reset.text()).document.querySelector('input[name="password"]')).not.toBeNull();
    } finally {
      await smtp.close();
    }
  }, 120_000);
});
