/**
 * The rules of registering that need no database: who may register how, when a date stops
 * taking registrations, how long an offer from the waiting list is held, and who on the waiting
 * list gets freed seats. Pure, so the transactions and the pages ask the same questions.
 */
import { needsGuardianConsent } from "~/modules/accounts/age";

/** A guest's seats are held this long until they confirm their address. */
export const HOLD_MINUTES = 30;

/** Statuses that take seats of the date. */
export const SEATED = ["HELD", "OFFERED", "CONFIRMED"] as const;
/** Statuses of a registration that still counts: seated or waiting. */
export const ACTIVE = [...SEATED, "WAITING"] as const;

const HOUR = 3600_000;

/** Registration for a date closes `deadlineHours` before its start, and at the start in any case. */
export function registrationOpen(startsAt: Date, deadlineHours: number | null, now: Date): boolean {
  return now.getTime() < startsAt.getTime() - (deadlineHours ?? 0) * HOUR;
}

/**
 * How long someone from the waiting list may think about an offer: the event's hold (48 hours by
 * default), but never more than half the time left before the start, and at least one hour, so a
 * seat freed the evening before still reaches someone who can come.
 */
export function offerHoldHours(offerHours: number, startsAt: Date, now: Date): number {
  const half = Math.floor((startsAt.getTime() - now.getTime()) / HOUR / 2);
  return Math.max(1, Math.min(offerHours, half));
}

export interface WaitingEntry {
  id: string;
  headCount: number;
}

/**
 * Who gets `free` seats, in waiting-list order: the first who fits, then the next who fits in
 * what is left. A class too big for the seats keeps its place (it is not skipped for good, only
 * this time) while a smaller registration behind it goes first.
 */
export function whoGetsSeats(waiting: readonly WaitingEntry[], free: number): string[] {
  const chosen: string[] = [];
  let left = free;
  for (const entry of waiting) {
    if (entry.headCount <= left) {
      chosen.push(entry.id);
      left -= entry.headCount;
    }
    if (left <= 0) break;
  }
  return chosen;
}

export type RegistrantRefusal = "guardian-consent-missing" | "coordinator-unconfirmed" | "classes-only-coordinators";

/**
 * May this person register like this? Students below the age of digital consent only after their
 * guardian's consent (else through their class); classes only by confirmed coordinators.
 */
export function registrantRefusal(
  who: {
    role: "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER" | null;
    student?: { birthDate: string; country: "DE" | "FR"; guardianConsentAt: Date | null } | null;
    coordinatorVerified?: boolean;
  },
  kind: "PERSON" | "CLASS",
  today: string,
): RegistrantRefusal | null {
  if (kind === "CLASS") {
    if (who.role !== "COORDINATOR") return "classes-only-coordinators";
    return who.coordinatorVerified ? null : "coordinator-unconfirmed";
  }
  const student = who.student;
  if (student && !student.guardianConsentAt && needsGuardianConsent(student.birthDate, student.country, today))
    return "guardian-consent-missing";
  return null;
}
