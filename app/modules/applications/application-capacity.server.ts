import { todayInEurope } from "~/utils/calendar-days";
import type { Prisma } from "~/generated/prisma/client";
import { transition, type OfferStatus } from "~/modules/offers/offer-workflow";
import { queueSearchUpdate } from "~/modules/offers/search-sync.server";
import { dateOf } from "~/utils/calendar-days";

/**
 * Places of a period. Accepting locks the period's row first: fifty acceptances for the same
 * period queue up behind the lock, and each counts the accepted applications only once the one
 * before has committed (under READ COMMITTED each statement sees what committed before it
 * started), so a period never gets more students than it has places.
 *
 * The offer's row is locked before the period's, in the order the offer editor writes them, so
 * an acceptance and an edit of the same offer cannot deadlock. FOR NO KEY UPDATE, not FOR UPDATE:
 * it excludes other acceptances just the same, but not the key-share locks a new application's
 * foreign keys take on both rows, so a student applying at that moment neither waits nor deadlocks.
 */
type Tx = Prisma.TransactionClient;

/** Locks the offer and the period and returns the period's free places, or null when it is gone. */
export async function lockFreePlaces(tx: Tx, offerId: string, periodId: string): Promise<number | null> {
  await tx.$queryRaw`SELECT id FROM offer WHERE id = ${offerId}::uuid FOR NO KEY UPDATE`;
  const rows = await tx.$queryRaw<{ places: number }[]>`
    SELECT places FROM offer_period WHERE id = ${periodId}::uuid AND offer_id = ${offerId}::uuid FOR NO KEY UPDATE`;
  const period = rows[0];
  if (!period) return null;
  const accepted = await tx.application.count({ where: { periodId, status: "ACCEPTED" } });
  return period.places - accepted;
}

/** Free places of an offer's periods, without locking: for forms and the advisory check on applying. */
export async function freePlacesByPeriod(tx: Tx, offerId: string): Promise<Map<string, number>> {
  const periods = await tx.offerPeriod.findMany({ where: { offerId }, select: { id: true, places: true } });
  const accepted = await tx.application.groupBy({
    by: ["periodId"],
    where: { offerId, status: "ACCEPTED" },
    _count: { _all: true },
  });
  const taken = new Map(accepted.map((row) => [row.periodId, row._count._all]));
  return new Map(periods.map((period) => [period.id, period.places - (taken.get(period.id) ?? 0)]));
}

/**
 * After an acceptance, in its transaction: when no period that is still to come or running has a
 * free place, the offer is FILLED (it leaves search; the company may reopen it). The acceptance
 * holds the offer's lock (lockFreePlaces), so two acceptances for different periods, each
 * taking the last place of its own, still see each other here.
 */
export async function fillOfferWhenFull(tx: Tx, offerId: string, now: Date): Promise<boolean> {
  const rows = await tx.$queryRaw<{ status: OfferStatus }[]>`
    SELECT status::text AS status FROM offer WHERE id = ${offerId}::uuid FOR NO KEY UPDATE`;
  const status = rows[0]?.status;
  if (!status) return false;
  const move = transition(status, "fill", "company");
  if (!move.ok) return false;
  const today = dateOf(todayInEurope(now));
  const current = await tx.offerPeriod.findMany({ where: { offerId, endsOn: { gte: today } }, select: { id: true } });
  const free = await freePlacesByPeriod(tx, offerId);
  if (current.length === 0 || current.some((period) => (free.get(period.id) ?? 0) > 0)) return false;
  await tx.offer.updateMany({ where: { id: offerId, status }, data: { status: move.to } });
  await queueSearchUpdate(tx, offerId);
  return true;
}
