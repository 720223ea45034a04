import type { Actor, OfferAction, OfferStatus } from "~/modules/offers/offer-workflow";

/**
 * The offer's life written out move by move, independently of the MOVES table in
 * offer-workflow.ts: "FROM action actor → TO". Every status × action × actor not listed here
 * must be refused. The table's own test (offer-workflow.test.ts) and the pages' test
 * (test/routes/offer-workflow-pages.test.ts) both check against it.
 */
export const ALLOWED_OFFER_MOVES = [
  "DRAFT submit company → SUBMITTED",
  "CHANGES_REQUESTED submit company → SUBMITTED",
  "SUBMITTED withdraw company → DRAFT",
  "PUBLISHED edit company → DRAFT",
  "FILLED edit company → DRAFT",
  "SUBMITTED publish staff → PUBLISHED",
  "SUBMITTED requestChanges staff → CHANGES_REQUESTED",
  "SUBMITTED reject staff → REJECTED",
  "PUBLISHED fill company → FILLED",
  "FILLED reopen company → PUBLISHED",
  "PUBLISHED expire system → EXPIRED",
  "FILLED expire system → EXPIRED",
  "EXPIRED renew company → DRAFT",
  ...["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "FILLED", "EXPIRED", "REJECTED"].flatMap((from) => [
    `${from} archive company → ARCHIVED`,
    `${from} archive staff → ARCHIVED`,
  ]),
];

const BY_MOVE = new Map(
  ALLOWED_OFFER_MOVES.map((line) => {
    const [move = "", to = ""] = line.split(" → ");
    return [move, to as OfferStatus];
  }),
);

/** Where the move leads, or undefined when it must be refused. */
export function allowedOfferMove(from: OfferStatus, action: OfferAction, actor: Actor): OfferStatus | undefined {
  return BY_MOVE.get(`${from} ${action} ${actor}`);
}
