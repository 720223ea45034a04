/**
 * The life of an offer, as a table of allowed moves. Pure: the company pages, the staff queue and
 * the expiry job all ask `transition()` before they write, so an illegal move is refused the same
 * way everywhere and the table is tested without a database.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──publish (staff)──▶ PUBLISHED ──fill──▶ FILLED
 *     ▲                 │  │                           │   │               │
 *     │        request changes / reject (staff)        │   └─expire─▶ EXPIRED ──renew──▶ DRAFT
 *     └──edit── CHANGES_REQUESTED / withdraw / edit ◀──┘
 */
export const OFFER_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "PUBLISHED",
  "FILLED",
  "EXPIRED",
  "ARCHIVED",
  "REJECTED",
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export type OfferAction =
  | "submit"
  | "withdraw"
  | "edit"
  | "publish"
  | "requestChanges"
  | "reject"
  | "fill"
  | "reopen"
  | "expire"
  | "renew"
  | "archive";

/** Who may take an action: the offer's company, Antenne staff, or the platform itself (the clock). */
export type Actor = "company" | "staff" | "system";

interface Move {
  from: readonly OfferStatus[];
  to: OfferStatus;
  by: readonly Actor[];
}

export const MOVES: Record<OfferAction, Move> = {
  /** Sends a complete draft to the Antenne for review. */
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", by: ["company"] },
  /** Takes a submitted offer back to change it before anyone has looked. */
  withdraw: { from: ["SUBMITTED"], to: "DRAFT", by: ["company"] },
  /** A published offer goes offline while it is changed: only reviewed text is ever public. */
  edit: { from: ["PUBLISHED", "FILLED"], to: "DRAFT", by: ["company"] },
  publish: { from: ["SUBMITTED"], to: "PUBLISHED", by: ["staff"] },
  requestChanges: { from: ["SUBMITTED"], to: "CHANGES_REQUESTED", by: ["staff"] },
  reject: { from: ["SUBMITTED"], to: "REJECTED", by: ["staff"] },
  /** All places taken: stays readable for the company, leaves search. */
  fill: { from: ["PUBLISHED"], to: "FILLED", by: ["company"] },
  /** Places free again before the offer ran out; the text is unchanged, so no new review. */
  reopen: { from: ["FILLED"], to: "PUBLISHED", by: ["company"] },
  expire: { from: ["PUBLISHED", "FILLED"], to: "EXPIRED", by: ["system"] },
  /** An expired offer comes back as a draft with the same number and URL, ready for new dates. */
  renew: { from: ["EXPIRED"], to: "DRAFT", by: ["company"] },
  archive: {
    from: ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "PUBLISHED", "FILLED", "EXPIRED", "REJECTED"],
    to: "ARCHIVED",
    by: ["company", "staff"],
  },
};

export type TransitionResult = { ok: true; to: OfferStatus } | { ok: false; reason: "notAllowed" | "notYours" };

export function transition(from: OfferStatus, action: OfferAction, actor: Actor): TransitionResult {
  const move = MOVES[action];
  if (!move.by.includes(actor)) return { ok: false, reason: "notYours" };
  if (!move.from.includes(from)) return { ok: false, reason: "notAllowed" };
  return { ok: true, to: move.to };
}

/** The company changes the text and dates only while nobody else looks at them. */
export function isEditable(status: OfferStatus): boolean {
  return status === "DRAFT" || status === "CHANGES_REQUESTED";
}

/** While the company is not yet verified, an offer in these states waits for that too. */
export function waitsForCompanyVerification(status: OfferStatus): boolean {
  return (["SUBMITTED", "DRAFT", "CHANGES_REQUESTED"] as OfferStatus[]).includes(status);
}

/** In these states the moderators' comment is for the company to read. */
export function showsReviewComment(status: OfferStatus): boolean {
  return (["CHANGES_REQUESTED", "REJECTED"] as OfferStatus[]).includes(status);
}

/** What students and search engines may see. The company must be verified too (see isPublic). */
export function isVisibleStatus(status: OfferStatus): boolean {
  return status === "PUBLISHED";
}

export function isPublic(offer: { status: OfferStatus; company: { status: string } }): boolean {
  return isVisibleStatus(offer.status) && offer.company.status === "VERIFIED";
}

/** isPublic as a database filter (a Prisma `where`), for every query of public offers. */
export const PUBLIC_OFFER = { status: "PUBLISHED", company: { status: "VERIFIED" } } as const;
