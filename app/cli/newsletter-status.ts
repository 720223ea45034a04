/**
 * `npm run newsletter:status`: every released edition with sent / failed / waiting, the rate of
 * the last five minutes and the time left, as staff see it on the newsletter page.
 */
import "~/utils/clock-from-env";
import { formatStatusLine, releasedEditionsStatus } from "~/modules/newsletter/newsletter-status.server";
import { withDatabase } from "./with-database";

await withDatabase(async () => {
  const lines = await releasedEditionsStatus();
  if (lines.length === 0) console.log("no edition has been released yet");
  for (const line of lines) console.log(formatStatusLine(line));
});
