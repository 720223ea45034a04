/**
 * One sender process for bench/newsletter.ts: runs the real sender (sendEdition) for one edition
 * until it is finished, so the bench can kill it with SIGKILL and start it again.
 *   node --import tsx bench/newsletter-sender-child.ts <editionId> <smtpUrl> <concurrency> <leaseMs>
 */
import { createSmtpSenderTransport, sendEdition } from "~/modules/newsletter/newsletter-sender.server";
import { disconnectDb } from "~/utils/db.server";

const [editionId = "", smtpUrl = "", concurrency = "5", leaseMs = "2000"] = process.argv.slice(2);
const transport = createSmtpSenderTransport(smtpUrl, Number(concurrency));
const started = performance.now();
for (;;) {
  const outcome = await sendEdition(editionId, {
    concurrency: Number(concurrency),
    perSecond: 1_000_000,
    perHour: 100_000_000,
    leaseMs: Number(leaseMs),
    maxFailuresInARow: 1000,
    maxAttempts: 5,
    stopAfterMs: 10 * 60_000,
    transport,
  });
  if (outcome !== "stopped") break;
}
// The sending time alone, without the process's start-up: the parent compares it with a bare pool.
process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000 })}\n`);
transport.close();
await disconnectDb();
