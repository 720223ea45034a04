/**
 * The life of an edition: DRAFT → APPROVED (by a second staff member, both languages complete)
 * → SCHEDULED → SENDING (released: one delivery row per subscriber) → SENT, with PAUSED and
 * CANCELLED on the way. Pure rules; editions.server.ts applies them in transactions.
 */
import type { ParityGap } from "./edition-blocks";

export type EditionStatus = "DRAFT" | "APPROVED" | "SCHEDULED" | "SENDING" | "PAUSED" | "SENT" | "CANCELLED";

export type Refusal =
  | "notEditable"
  | "notDraft"
  | "parity"
  | "ownEdition"
  | "notApproved"
  | "notSending"
  | "notPaused"
  | "finished"
  | "pastDate";

export type Decision = { ok: true } | { ok: false; reason: Refusal };

const ok: Decision = { ok: true };
const no = (reason: Refusal): Decision => ({ ok: false, reason });

/** Changing an approved or scheduled edition takes its approval back; a released one is fixed. */
export function canEdit(status: EditionStatus): Decision {
  return status === "DRAFT" || status === "APPROVED" || status === "SCHEDULED" ? ok : no("notEditable");
}

export function canApprove(
  edition: { status: EditionStatus; authorId: string | null },
  approverId: string,
  gaps: ParityGap[],
): Decision {
  if (edition.status !== "DRAFT") return no("notDraft");
  if (gaps.length > 0) return no("parity");
  if (edition.authorId === approverId) return no("ownEdition");
  return ok;
}

export function canSchedule(edition: { status: EditionStatus }, at: Date, now: Date): Decision {
  if (edition.status !== "APPROVED" && edition.status !== "SCHEDULED") return no("notApproved");
  if (at.getTime() < now.getTime() - 60_000) return no("pastDate");
  return ok;
}

export function canPause(status: EditionStatus): Decision {
  return status === "SENDING" ? ok : no("notSending");
}

export function canResume(status: EditionStatus): Decision {
  return status === "PAUSED" ? ok : no("notPaused");
}

export function canCancel(status: EditionStatus): Decision {
  return status === "SENT" || status === "CANCELLED" ? no("finished") : ok;
}
