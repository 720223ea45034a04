import { todayInEurope } from "~/utils/calendar-days";
import { defineTask } from "~/modules/jobs/task-definition";
import { db } from "~/utils/db.server";
import { expireOffersJob } from "./offer-jobs";
import { transition } from "./offer-workflow";
import { queueSearchUpdate } from "./search-sync.server";

/**
 * Expires published and filled offers whose deadline has passed or whose last period has ended.
 * Runs every hour from the job worker's crontab; each offer changes in its own transaction with
 * its search update, so one bad row cannot hold back the others. Returns the expired offers' ids.
 */
export async function expireOffers(now = new Date()): Promise<string[]> {
  const today = todayInEurope(now);
  const candidates = await db().$queryRaw<{ id: string; status: "PUBLISHED" | "FILLED" }[]>`
    SELECT o.id::text, o.status::text AS status FROM offer o
    WHERE o.status IN ('PUBLISHED', 'FILLED')
      AND (o.application_deadline < ${today}::date
           OR (SELECT max(p.ends_on) FROM offer_period p WHERE p.offer_id = o.id) < ${today}::date)`;
  const expired: string[] = [];
  for (const offer of candidates) {
    const move = transition(offer.status, "expire", "system");
    if (!move.ok) continue;
    const changed = await db().$transaction(async (tx) => {
      const updated = await tx.offer.updateMany({
        where: { id: offer.id, status: offer.status },
        data: { status: move.to },
      });
      if (updated.count === 1) await queueSearchUpdate(tx, offer.id);
      return updated.count === 1;
    });
    if (changed) expired.push(offer.id);
  }
  return expired;
}

export const expireOffersTask = defineTask({
  payload: expireOffersJob.payload,
  async run(_payload, { logger }) {
    const expired = await expireOffers();
    if (expired.length > 0) logger.info({ count: expired.length }, "offers expired");
  },
});
