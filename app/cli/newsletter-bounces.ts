/**
 * `npm run newsletter:bounces -- <file or maildir>`: applies the bounce reports (RFC 3464),
 * complaint reports (RFC 5965) and mailto unsubscribes found there. Safe to run again on the same
 * mails, e.g. from cron on the bounce mailbox.
 */
import "~/utils/clock-from-env";
import { processBounceMailbox } from "~/modules/newsletter/bounce-mailbox.server";
import { withDatabase } from "./with-database";

const target = process.argv[2];
if (!target) {
  console.error("usage: npm run newsletter:bounces -- <mail file or maildir>");
  process.exit(2);
}

await withDatabase(async () => {
  const tally = await processBounceMailbox(target);
  console.log(
    Object.entries(tally)
      .map(([name, count]) => `${name}=${count}`)
      .join(" "),
  );
});
