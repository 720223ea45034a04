import { DAY_MS } from "~/utils/calendar-days";
/**
 * The life of an application, as a table of allowed moves. Pure, like the offer workflow: every
 * page and the clock job ask `applicationMove()` before they write, so an illegal move is refused
 * the same way everywhere.
 *
 *   SUBMITTED ──see──▶ SEEN ──shortlist──▶ SHORTLISTED ──accept──▶ ACCEPTED
 *       │               │                      │
 *       └───────────────┴──── decline ─────────┴──▶ DECLINED        (company, optional message)
 *       └───────────────┴──── withdraw ────────┴──▶ WITHDRAWN       (student)
 *       └───────────────┴──── expire (14 days unanswered) ─▶ EXPIRED (the clock)
 *
 * Accept is allowed from SUBMITTED and SEEN too: a company may decide at once.
 */
export const APPLICATION_STATUSES = [
  "SUBMITTED",
  "SEEN",
  "SHORTLISTED",
  "ACCEPTED",
  "DECLINED",
  "WITHDRAWN",
  "EXPIRED",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Still waiting for a final answer: one such application per student and offer. */
export const OPEN_STATUSES = ["SUBMITTED", "SEEN", "SHORTLISTED"] as const satisfies readonly ApplicationStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** Not answered yet by the company: these get a reminder after 7 days and expire after 14. */
export const UNANSWERED_STATUSES = ["SUBMITTED", "SEEN"] as const satisfies readonly ApplicationStatus[];

export const REMIND_AFTER_DAYS = 7;
export const EXPIRE_AFTER_DAYS = 14;

export type ApplicationAction = "see" | "shortlist" | "accept" | "decline" | "withdraw" | "expire";
export type ApplicationActor = "company" | "student" | "system";

interface Move {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: ApplicationActor;
}

export const APPLICATION_MOVES: Record<ApplicationAction, Move> = {
  /** The company opened the application for the first time. */
  see: { from: ["SUBMITTED"], to: "SEEN", by: "company" },
  shortlist: { from: ["SUBMITTED", "SEEN"], to: "SHORTLISTED", by: "company" },
  accept: { from: OPEN_STATUSES, to: "ACCEPTED", by: "company" },
  decline: { from: OPEN_STATUSES, to: "DECLINED", by: "company" },
  withdraw: { from: OPEN_STATUSES, to: "WITHDRAWN", by: "student" },
  expire: { from: UNANSWERED_STATUSES, to: "EXPIRED", by: "system" },
};

export type MoveResult = { ok: true; to: ApplicationStatus } | { ok: false };

export function applicationMove(
  from: ApplicationStatus,
  action: ApplicationAction,
  actor: ApplicationActor,
): MoveResult {
  const move = APPLICATION_MOVES[action];
  if (move.by !== actor || !move.from.includes(from)) return { ok: false };
  return { ok: true, to: move.to };
}

/** The buttons a side sees for an application in this state. */
export function actionsFor(status: ApplicationStatus, actor: ApplicationActor): ApplicationAction[] {
  return (Object.keys(APPLICATION_MOVES) as ApplicationAction[]).filter(
    (action) => action !== "see" && applicationMove(status, action, actor).ok,
  );
}

export function isOpen(status: ApplicationStatus): status is OpenStatus {
  return (OPEN_STATUSES as readonly ApplicationStatus[]).includes(status);
}

/** What the clock owes an application now: nothing, a reminder to the company, or expiry. */
export function clockDue(
  application: { status: ApplicationStatus; submittedAt: Date; remindedAt: Date | null },
  now: Date,
): "expire" | "remind" | null {
  if (!(UNANSWERED_STATUSES as readonly ApplicationStatus[]).includes(application.status)) return null;
  const age = now.getTime() - application.submittedAt.getTime();
  if (age >= EXPIRE_AFTER_DAYS * DAY_MS) return "expire";
  if (age >= REMIND_AFTER_DAYS * DAY_MS && !application.remindedAt) return "remind";
  return null;
}
