/**
 * The life of an internship agreement. Pure; agreements.server.ts writes what this decides.
 *
 *   DRAFT ──(all data complete)──▶ READY ──(send)──▶ OUT_FOR_SIGNATURE ──(a signature)──▶ PARTLY_SIGNED
 *     ▲                                                                                     │
 *     └──────────── any change of the data withdraws every signature ◀──────────────────────┘
 *   PARTLY_SIGNED ──(the last signature)──▶ SIGNED        any state but SIGNED ──(cancel)──▶ CANCELLED
 */
import {
  isMinorOnFirstDay,
  missingFields,
  hoursProblems,
  type AgreementDetails,
  type DetailKey,
} from "./agreement-details";

export type AgreementStatus = "DRAFT" | "READY" | "OUT_FOR_SIGNATURE" | "PARTLY_SIGNED" | "SIGNED" | "CANCELLED";

export type AgreementRole =
  "SCHOOL_HEAD" | "REFERENT_TEACHER" | "COMPANY_REPRESENTATIVE" | "TUTOR" | "LEARNER" | "GUARDIAN";

/** Signing order in the document and on the signature page. */
export const AGREEMENT_ROLES: readonly AgreementRole[] = [
  "SCHOOL_HEAD",
  "REFERENT_TEACHER",
  "COMPANY_REPRESENTATIVE",
  "TUTOR",
  "LEARNER",
  "GUARDIAN",
];

export type Language2 = "de" | "fr";

export interface AgreementParty {
  role: AgreementRole;
  name: string;
  email: string;
  /** The language the party is written to: the school's side in its country's, the company's in its. */
  language: Language2;
  /** Which side of the platform this party belongs to. */
  side: "school" | "company" | "learner";
}

const PARTY_FIELDS: Record<AgreementRole, { name: DetailKey; email: DetailKey; side: AgreementParty["side"] }> = {
  SCHOOL_HEAD: { name: "schoolHeadName", email: "schoolHeadEmail", side: "school" },
  REFERENT_TEACHER: { name: "referentTeacherName", email: "referentTeacherEmail", side: "school" },
  COMPANY_REPRESENTATIVE: { name: "companyRepresentativeName", email: "companyRepresentativeEmail", side: "company" },
  TUTOR: { name: "tutorName", email: "tutorEmail", side: "company" },
  LEARNER: { name: "learnerName", email: "learnerEmail", side: "learner" },
  GUARDIAN: { name: "guardianName", email: "guardianEmail", side: "learner" },
};

/** Everyone who signs this agreement; the guardian only when the learner is under 18 on the first day. */
export function partiesOf(details: AgreementDetails): AgreementParty[] {
  const schoolLanguage: Language2 = details.learnerCountry === "FR" ? "fr" : "de";
  const companyLanguage: Language2 = schoolLanguage === "fr" ? "de" : "fr";
  const learnerLanguage: Language2 =
    details.learnerLanguage === "de" || details.learnerLanguage === "fr" ? details.learnerLanguage : schoolLanguage;
  return AGREEMENT_ROLES.filter((role) => role !== "GUARDIAN" || isMinorOnFirstDay(details)).map((role) => {
    const fields = PARTY_FIELDS[role];
    return {
      role,
      name: details[fields.name].trim(),
      email: details[fields.email].trim().toLowerCase(),
      side: fields.side,
      language:
        fields.side === "company" ? companyLanguage : fields.side === "school" ? schoolLanguage : learnerLanguage,
    };
  });
}

/** The facts the status follows from. */
export interface AgreementFacts {
  cancelled: boolean;
  sent: boolean;
  details: AgreementDetails;
  /** Roles with a valid (not withdrawn) signature of the current revision. */
  signedRoles: readonly AgreementRole[];
}

/** Complete data: nothing missing and hours within the minors' rules. */
export function isComplete(details: AgreementDetails): boolean {
  return missingFields(details).length === 0 && hoursProblems(details).length === 0;
}

export function statusOf(facts: AgreementFacts): AgreementStatus {
  if (facts.cancelled) return "CANCELLED";
  if (!facts.sent) return isComplete(facts.details) ? "READY" : "DRAFT";
  const roles = partiesOf(facts.details).map((party) => party.role);
  const signed = roles.filter((role) => facts.signedRoles.includes(role));
  if (signed.length === 0) return "OUT_FOR_SIGNATURE";
  return signed.length === roles.length ? "SIGNED" : "PARTLY_SIGNED";
}

/** Parties that still have to sign. */
export function waitingFor(facts: AgreementFacts): AgreementParty[] {
  if (!facts.sent || facts.cancelled) return [];
  return partiesOf(facts.details).filter((party) => !facts.signedRoles.includes(party.role));
}

export const CHANGEABLE: readonly AgreementStatus[] = ["DRAFT", "READY", "OUT_FOR_SIGNATURE", "PARTLY_SIGNED"];

export function canChange(status: AgreementStatus): boolean {
  return CHANGEABLE.includes(status);
}

export function canSend(status: AgreementStatus): boolean {
  return status === "READY";
}

export function canSign(status: AgreementStatus): boolean {
  return status === "OUT_FOR_SIGNATURE" || status === "PARTLY_SIGNED";
}

export function canCancel(status: AgreementStatus): boolean {
  return status !== "SIGNED" && status !== "CANCELLED";
}

/** Parties who have not signed are reminded after 3 and after 7 days. */
export const REMINDER_DAYS = [3, 7] as const;

/**
 * How many reminders should have gone out by now for an agreement sent at `sentAt`; the clock
 * sends one when this is more than it sent, so a server that was down sends one, not two.
 */
export function remindersDue(sentAt: Date, now: Date): number {
  const days = (now.getTime() - sentAt.getTime()) / 86_400_000;
  return REMINDER_DAYS.filter((threshold) => days >= threshold).length;
}

/**
 * Why a scan of a hand-signed copy is refused; the party reads the reason in their language (an
 * optional note from the one who decided follows as written). "other" needs that note.
 */
export const SCAN_REJECTION_REASONS = ["unreadable", "incomplete", "notSigned", "wrongDocument", "other"] as const;
export type ScanRejectionReason = (typeof SCAN_REJECTION_REASONS)[number];
