/**
 * Who may do what with an agreement: the one place that decides, called by every loader and
 * action of the agreement pages (through agreement-access.server.ts). The sides are those of the
 * application (application-policy.ts): anyone without one gets a 404.
 *
 *   student      the learner: reads and downloads; signs through their link
 *   company      a member of the host company: completes the company's data
 *   coordinator  a confirmed coordinator of the learner's school: completes the school's data,
 *                sends it out for signature, cancels it, confirms or rejects a hand-signed scan
 *   staff        the office: all of that, and every read is in the audit log
 *
 * A party signs (by typed name or by a scan of a hand-signed copy) through their one-time link;
 * whoever holds it may act on it, except that a party with an account must be logged in to it.
 */
import type { ApplicationSide } from "~/modules/applications/application-policy";

export type AgreementSide = ApplicationSide;

/** Which fields a side fills in: its own part; staff may correct both. */
export function editableDetails(side: AgreementSide): "school" | "company" | "staff" | null {
  switch (side) {
    case "coordinator":
      return "school";
    case "company":
      return "company";
    case "staff":
      return "staff";
    case "student":
      return null;
  }
}

export function maySendOrCancel(side: AgreementSide): boolean {
  return side === "coordinator" || side === "staff";
}

/** Only the parties' sides, the learner's coordinators and staff reach an agreement at all. */
export function mayDownload(side: AgreementSide): boolean {
  return side === "student" || side === "company" || side === "coordinator" || side === "staff";
}

/** Who sees a party's scan of a hand-signed copy: the same sides as the PDF (each download logged). */
export function mayDownloadScan(side: AgreementSide): boolean {
  return mayDownload(side);
}

/** Who confirms a scan (it then counts as that party's signature) or rejects it: the school and staff. */
export function mayDecideScan(side: AgreementSide): boolean {
  return side === "coordinator" || side === "staff";
}

/**
 * May the holder of a party's signing link sign or upload a scan with it? A link of a party whose
 * address has an account works only for that account, logged in.
 */
export function mayUseSigningLink(link: { accountId: string | null }, userId: string | null): boolean {
  return !link.accountId || link.accountId === userId;
}
