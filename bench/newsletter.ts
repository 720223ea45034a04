/**
 * npm run bench:newsletter [-- --subscribers 10000 --concurrency 5 --kill 3]
 *
 * Starts a local SMTP sink (smtp-server), writes N confirmed subscribers into a database of its
 * own, and sends one released edition through the real sender (a child process running
 * sendEdition over a nodemailer pool). Then sends N messages of the same size straight through a
 * nodemailer pool with the same number of connections, to the same sink. Prints
 *   class=newsletter mails=… per_s=… raw_per_s=… ratio=…
 * BENCH_CPU_PROF=<dir> writes a CPU profile of each sender process there (node --cpu-prof).
 * With --kill K, a second edition is sent while the sender is killed with SIGKILL K times at
 * random moments and started again; the sink counts Message-IDs:
 *   class=newsletter_kill kills=… mails=… lost=… duplicates=… max_duplicates_per_kill=…
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { readBlocks } from "~/modules/newsletter/edition-blocks";
import { resolveEdition } from "~/modules/newsletter/edition-content.server";
import { renderForRecipient } from "~/modules/newsletter/editions.server";
import { db, disconnectDb } from "~/utils/db.server";
import { databaseServer, freshDatabase, numberOption } from "./bench-support";

const SUBSCRIBERS = numberOption("subscribers", 10_000);
const CONCURRENCY = numberOption("concurrency", 5);
const KILLS = numberOption("kill", 0);
const LEASE_MS = 2_000;

/** Counts messages by Message-ID, reading only the header block of each. */
function startSink() {
  const seen = new Map<string, number>();
  let received = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("latin1");
        const head = raw.slice(0, raw.indexOf("\r\n\r\n"));
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `none-${received}`;
        seen.set(id, (seen.get(id) ?? 0) + 1);
        received += 1;
        callback();
      });
    },
  });
  // A sender killed mid-message resets its connection: expected here, not a failure of the sink.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") throw error;
  });
  return {
    server,
    seen,
    get received() {
      return received;
    },
    reset() {
      seen.clear();
      received = 0;
    },
  };
}

async function releasedEdition(month: string): Promise<string> {
  const edition = await db().newsletterEdition.create({
    data: {
      month,
      subjectDe: `Ausgabe ${month}`,
      subjectFr: `Numéro ${month}`,
      status: "SENDING",
      releasedAt: new Date(),
      blocks: [
        {
          id: "intro",
          kind: "editorial",
          de: { title: "Hallo", markdown: "Neues aus der **Metropolregion**.\n\n".repeat(20) },
          fr: { title: "Bonjour", markdown: "Des nouvelles de la **Metropolregion**.\n\n".repeat(20) },
        },
      ],
    },
  });
  await db().$executeRaw`
    INSERT INTO newsletter_delivery (edition_id, subscriber_id)
    SELECT ${edition.id}::uuid, id FROM newsletter_subscriber WHERE status = 'CONFIRMED'`;
  return edition.id;
}

function startSender(editionId: string, smtpUrl: string): ChildProcess {
  return spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      "--import",
      "tsx",
      "bench/newsletter-sender-child.ts",
      editionId,
      smtpUrl,
      String(CONCURRENCY),
      String(LEASE_MS),
    ],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LOG_LEVEL: "silent" } },
  );
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

async function main() {
  const { serverUrl, stop } = await databaseServer();
  const sink = startSink();
  await new Promise<void>((resolve) => sink.server.listen(0, "127.0.0.1", resolve));
  const smtpUrl = `smtp://127.0.0.1:${(sink.server.server.address() as AddressInfo).port}`;
  try {
    process.env.DATABASE_URL = await freshDatabase(serverUrl, "antenne_bench_newsletter");
    await db().$executeRaw`
      INSERT INTO newsletter_subscriber (email, language, signup_language, country, topics, status, confirmed_at)
      SELECT 'reader' || n || '@bench.example',
             (ARRAY['DE', 'FR', 'BOTH'])[1 + n % 3]::"NewsletterLanguage",
             CASE WHEN n % 2 = 0 THEN 'de' ELSE 'fr' END,
             CASE WHEN n % 5 = 0 THEN NULL WHEN n % 2 = 0 THEN 'DE' ELSE 'FR' END::"Country",
             ARRAY['events', 'internships', 'programmes'], 'CONFIRMED', now()
      FROM generate_series(1, ${SUBSCRIBERS}) AS n`;

    // The real sender, undisturbed.
    const editionId = await releasedEdition("2026-12");
    const sender = startSender(editionId, smtpUrl);
    let output = "";
    sender.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await exited(sender);
    if (code !== 0) throw new Error(`the sender exited with ${code}`);
    const senderSeconds = (JSON.parse(output.trim().split("\n").pop() ?? "{}") as { seconds: number }).seconds;
    const mails = sink.received;

    // The same number of same-sized messages straight through a nodemailer pool.
    const edition = await db().newsletterEdition.findUniqueOrThrow({ where: { id: editionId } });
    const sample = renderForRecipient(await resolveEdition({ ...edition, blocks: readBlocks(edition.blocks) }), null);
    sink.reset();
    const pool = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: CONCURRENCY,
      maxMessages: Infinity,
    });
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let n = next++; n < SUBSCRIBERS; n = next++) {
          await pool.sendMail({
            from: "Antenne Métropole <noreply@antenne.example>",
            to: `reader${n}@bench.example`,
            subject: sample.subject,
            html: sample.html,
            text: sample.text,
            messageId: `<raw.${n}@antenne.example>`,
          });
        }
      }),
    );
    const rawSeconds = (performance.now() - started) / 1000;
    pool.close();
    const perSecond = mails / senderSeconds;
    const rawPerSecond = SUBSCRIBERS / rawSeconds;
    console.log(
      `class=newsletter mails=${mails} per_s=${perSecond.toFixed(0)} raw_per_s=${rawPerSecond.toFixed(0)} ratio=${(perSecond / rawPerSecond).toFixed(2)}`,
    );

    if (KILLS > 0) {
      sink.reset();
      const killedEdition = await releasedEdition("2027-01");
      const expectedSeconds = senderSeconds;
      for (let kill = 0; kill < KILLS; kill += 1) {
        const child = startSender(killedEdition, smtpUrl);
        // A random moment while it sends (after start-up, which takes about a second).
        await new Promise((resolve) =>
          setTimeout(resolve, 1000 + Math.random() * Math.max(500, expectedSeconds * 400)),
        );
        child.kill("SIGKILL");
        await exited(child);
      }
      // Started again for good: it waits out the lease of the rows the last one had claimed.
      const code = await exited(startSender(killedEdition, smtpUrl));
      if (code !== 0) throw new Error(`the sender exited with ${code}`);
      const ids = [...sink.seen.entries()].filter(([id]) => id.includes(killedEdition));
      const unique = ids.length;
      const duplicates = ids.reduce((sum, [, count]) => sum + count - 1, 0);
      const open = await db().newsletterDelivery.count({
        where: { editionId: killedEdition, status: { not: "SENT" } },
      });
      console.log(
        `class=newsletter_kill kills=${KILLS} mails=${sink.received} lost=${SUBSCRIBERS - unique} duplicates=${duplicates} not_sent_rows=${open} concurrency=${CONCURRENCY}`,
      );
    }
    await disconnectDb();
  } finally {
    await new Promise<void>((resolve) => sink.server.close(() => resolve()));
    await stop();
  }
}

await main();
