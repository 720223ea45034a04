/**
 * A scan of a hand-signed copy instead of a typed name (issue 21, ADR 0030): a party uploads it
 * through their signing link (PDF, PNG or JPEG, accepted by what the bytes are, at most 10 MB);
 * it waits until the learner's school coordinator or staff confirm it, and then counts as that
 * party's signature, or reject it with a reason, mailed to the party with a new link. A change of
 * the agreement withdraws scans like signatures (agreements.server.ts). Who may call what is
 * decided in agreement-policy.ts.
 */
import type { Prisma } from "~/generated/prisma/client";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { db } from "~/utils/db.server";
import { checkUploadedFile, readFileUpload, type FileUpload } from "~/utils/file-upload.server";
import { detailsOf } from "./agreement-details";
import { sha256Hex } from "./agreement-pdf.server";
import {
  canSign,
  partiesOf,
  type AgreementParty,
  type AgreementRole,
  type ScanRejectionReason,
} from "./agreement-workflow";
import {
  ipHashOf,
  lockAgreement,
  recordProgress,
  Refusal,
  refusing,
  signedRolesOf,
  signingLinkFor,
  takeSigningLink,
  TRANSACTION_OPTIONS,
  usableSigningLink,
  type AgreementOutcome,
} from "./agreements.server";

type Tx = Prisma.TransactionClient;

/** A few scanned pages at a readable resolution; the database refuses more than 10 MB (migration). */
export const MAX_SCAN_BYTES = 10 * 1024 * 1024;
export const SCAN_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
/** The form's text fields (the token, the intent, the box) are short. */
const MAX_TEXT_PART_BYTES = 4 * 1024;
const MAX_REQUEST_BYTES = MAX_SCAN_BYTES + 64 * 1024;

export function readScanUpload(request: Request): Promise<FileUpload> {
  return readFileUpload(request, {
    field: "scan",
    maxFileBytes: MAX_SCAN_BYTES,
    maxTextBytes: MAX_TEXT_PART_BYTES,
    maxRequestBytes: MAX_REQUEST_BYTES,
  });
}

export type ScanCheck = { ok: true; bytes: Uint8Array; type: ScanType } | { ok: false; error: string };

const SCAN_ERRORS = {
  empty: "agreements:errors.scanType",
  tooLarge: "agreements:errors.scanTooLarge",
  type: "agreements:errors.scanType",
} as const;

/** The file is a scan by its bytes, never by its name or the type the browser claims. */
export async function checkScan(upload: Pick<FileUpload, "file" | "tooLarge">): Promise<ScanCheck> {
  const checked = await checkUploadedFile(upload, SCAN_TYPES, MAX_SCAN_BYTES);
  if (checked.kind === "none") return { ok: false, error: "agreements:errors.scanMissing" };
  if (checked.kind === "refused") return { ok: false, error: SCAN_ERRORS[checked.problem] };
  return { ok: true, bytes: checked.bytes, type: checked.type };
}

export interface ScanUpload {
  token: string;
  bytes: Uint8Array;
  type: ScanType;
  ip: string;
  /** The signed-in user, if any. */
  userId: string | null;
}

/**
 * A party sends a scan instead of typing their name: the link is used up as by a signature, and
 * the party's signature waits for confirmation. The agreement's status does not change yet.
 */
export async function uploadScan(upload: ScanUpload, now = new Date()): Promise<AgreementOutcome> {
  const opened = await usableSigningLink(upload.token, upload.userId, now);
  if ("ok" in opened) return opened;
  return refusing(() =>
    db().$transaction(async (tx) => {
      const taken = await takeSigningLink(tx, upload.token, opened.agreementId, now);
      await tx.agreementScan.create({
        data: {
          agreementId: taken.agreement.id,
          role: taken.role,
          revision: taken.agreement.revision,
          email: opened.party.email,
          content: new Uint8Array(upload.bytes),
          contentType: upload.type,
          size: upload.bytes.byteLength,
          sha256: sha256Hex(upload.bytes),
          ipHash: ipHashOf(upload.ip),
          uploadedAt: now,
        },
      });
      return { ok: true as const, status: taken.agreement.status };
    }, TRANSACTION_OPTIONS),
  );
}

/** Who confirms or rejects: their name goes on the signature page. */
export interface ScanDecider {
  id: string;
  displayName: string;
}

type LockedAgreement = Awaited<ReturnType<typeof lockAgreement>>;

interface PendingScan {
  agreement: LockedAgreement;
  scan: { id: string; role: AgreementRole; email: string; ipHash: string };
  party: AgreementParty;
  documentSha256: string;
}

/**
 * One decision on a waiting scan, in one transaction with its audit entry: the agreement locked
 * and waiting for signatures, the scan of its current revision and still waiting, or a refusal
 * that writes nothing.
 */
function decideOnScan(
  agreementId: string,
  scanId: string,
  decider: ScanDecider,
  decision: { action: string; reason?: ScanRejectionReason },
  decide: (tx: Tx, pending: PendingScan) => Promise<AgreementOutcome>,
): Promise<AgreementOutcome> {
  return refusing(() =>
    db().$transaction(async (tx) => {
      const agreement = await lockAgreement(tx, agreementId);
      const scan = await tx.agreementScan.findFirst({
        where: { id: scanId, agreementId: agreement.id },
        select: { id: true, role: true, revision: true, status: true, email: true, ipHash: true },
      });
      if (!scan) throw new Refusal("scanNotFound");
      if (scan.status !== "PENDING" || scan.revision !== agreement.revision) throw new Refusal("scanDecided");
      if (!canSign(agreement.status) || !agreement.documentSha256) throw new Refusal("notOutForSignature");
      const party = partiesOf(detailsOf(agreement.details)).find((p) => p.role === scan.role);
      if (!party) throw new Refusal("scanDecided");
      await recordStaffAction(tx, {
        actorId: decider.id,
        action: decision.action,
        targetType: "agreement",
        targetId: agreement.id,
        details: { scanId, role: scan.role, ...(decision.reason ? { reason: decision.reason } : {}) },
      });
      return decide(tx, { agreement, scan, party, documentSha256: agreement.documentSha256 });
    }, TRANSACTION_OPTIONS),
  );
}

/**
 * The scan counts as the party's signature (method SCAN, on the document that was sent out); the
 * last signature completes the agreement as a typed one does.
 */
export async function confirmScan(
  agreementId: string,
  scanId: string,
  decider: ScanDecider,
  now = new Date(),
): Promise<AgreementOutcome> {
  return decideOnScan(agreementId, scanId, decider, { action: "agreement.confirm-scan" }, async (tx, pending) => {
    const { agreement, scan, party } = pending;
    const signedBefore = await signedRolesOf(tx, agreement.id, agreement.revision);
    if (signedBefore.includes(scan.role)) throw new Refusal("alreadySigned");
    await tx.agreementScan.update({
      where: { id: scan.id },
      data: { status: "CONFIRMED", decidedAt: now, decidedById: decider.id, decidedByName: decider.displayName },
    });
    await tx.agreementSignature.create({
      data: {
        agreementId: agreement.id,
        role: scan.role,
        revision: agreement.revision,
        typedName: party.name,
        email: scan.email,
        method: "SCAN",
        ipHash: scan.ipHash,
        documentSha256: pending.documentSha256,
        signedAt: now,
        scanId: scan.id,
      },
    });
    return recordProgress(tx, agreement, [...signedBefore, scan.role], now);
  });
}

export interface ScanRejection {
  reason: ScanRejectionReason;
  note: string | null;
}

/**
 * The scan does not count: the party stays unsigned and gets, in their language, the reason and
 * a new signing link (to sign by name or send another scan).
 */
export async function rejectScan(
  agreementId: string,
  scanId: string,
  decider: ScanDecider,
  rejection: ScanRejection,
  now = new Date(),
): Promise<AgreementOutcome> {
  const decision = { action: "agreement.reject-scan", reason: rejection.reason };
  return decideOnScan(agreementId, scanId, decider, decision, async (tx, { agreement, scan, party }) => {
    await tx.agreementScan.update({
      where: { id: scan.id },
      data: {
        status: "REJECTED",
        decidedAt: now,
        decidedById: decider.id,
        decidedByName: decider.displayName,
        rejectionReason: rejection.reason,
        rejectionNote: rejection.note,
      },
    });
    const details = detailsOf(agreement.details);
    await queueMail(tx, {
      template: "agreement-scan-rejected",
      to: party.email,
      language: party.language,
      data: {
        name: party.name,
        learnerName: details.learnerName,
        companyName: details.companyName,
        reason: rejection.reason,
        ...(rejection.note ? { note: rejection.note } : {}),
        url: await signingLinkFor(tx, agreement.id, agreement.revision, party, now),
      },
    });
    return { ok: true, status: agreement.status };
  });
}

/** The scans of the agreement's current revision that wait or count, oldest first (without their bytes). */
export async function currentScans(agreementId: string, revision: number) {
  return db().agreementScan.findMany({
    where: { agreementId, revision, status: { in: ["PENDING", "CONFIRMED"] } },
    orderBy: { uploadedAt: "asc" },
    select: {
      id: true,
      role: true,
      status: true,
      contentType: true,
      size: true,
      sha256: true,
      uploadedAt: true,
      decidedAt: true,
      decidedByName: true,
    },
  });
}

/** One scan's file, if it belongs to this agreement. */
export async function scanFile(agreementId: string, scanId: string) {
  return db().agreementScan.findFirst({
    where: { id: scanId, agreementId },
    select: { id: true, role: true, content: true, contentType: true },
  });
}
