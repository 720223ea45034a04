/**
 * /:lang/agreements/:id — one agreement for its parties' sides: where it stands, what is still
 * missing and from whom, who has signed, the side's own form, the PDF, and the scans of
 * hand-signed copies (confirmed or rejected by the school and staff). /:lang/agreements/:id/document
 * is the PDF itself, /:lang/agreements/:id/scans/:scanId a scan (each download in the audit log).
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { privateMeta } from "~/modules/applications/application-view.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { db } from "~/utils/db.server";
import { requireAgreementAccess } from "./agreement-access.server";
import { detailsOf, fieldsOfSide, hoursProblems, missingFields, type DetailKey } from "./agreement-details";
import { editableDetails, mayDecideScan, mayDownload, mayDownloadScan, maySendOrCancel } from "./agreement-policy";
import { confirmScan, currentScans, rejectScan, scanFile } from "./agreement-scans.server";
import {
  canCancel,
  canChange,
  canSend,
  canSign,
  partiesOf,
  SCAN_REJECTION_REASONS,
  type AgreementStatus,
} from "./agreement-workflow";
import {
  agreementActionSchema,
  companyDetailsSchema,
  scanDecisionSchema,
  schoolDetailsSchema,
} from "./agreement.schema";
import { cancelAgreement, renderCurrentDocument, sendForSignature, updateAgreementDetails } from "./agreements.server";
import { notFound } from "~/utils/not-found";
import { formDataOf } from "~/utils/form-data.server";
import { isUuid } from "~/utils/ids";
import { formatMoment } from "~/modules/i18n/date-format";
import type { Language } from "~/modules/i18n/languages";

export async function agreementLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { user, side, agreement } = await requireAgreementAccess(request, language, params.id);
  if (side === "staff") {
    await recordStaffAction(db(), {
      actorId: user.id,
      action: "staff.read-agreement",
      targetType: "agreement",
      targetId: agreement.id,
    });
  }
  const details = detailsOf(agreement.details);
  const signatures = await db().agreementSignature.findMany({
    where: { agreementId: agreement.id, revision: agreement.revision, withdrawnAt: null },
    select: { role: true, signedAt: true, method: true },
  });
  const scans = mayDownloadScan(side) ? await currentScans(agreement.id, agreement.revision) : [];
  const withdrawn = await db().agreementSignature.count({
    where: { agreementId: agreement.id, withdrawnAt: { not: null } },
  });
  const editable = editableDetails(side);
  const status = agreement.status as AgreementStatus;
  const formSides = editable === "staff" ? (["school", "company"] as const) : editable ? [editable] : [];
  return {
    meta: privateMeta(
      request,
      language,
      translatorFor(language)("agreements:page.title", { learner: details.learnerName }),
    ),
    id: agreement.id,
    applicationId: agreement.applicationId,
    side,
    status,
    revision: agreement.revision,
    clauseVersion: agreement.clauseVersion.version,
    learnerName: details.learnerName,
    companyName: details.companyName,
    startsOn: details.startsOn,
    endsOn: details.endsOn,
    missing: missingFields(details).map((field) => ({ key: field.key, side: field.side })),
    hoursProblems: hoursProblems(details),
    parties: partiesOf(details).map((party) => {
      const signature = signatures.find((s) => s.role === party.role);
      return {
        role: party.role,
        name: party.name,
        signedAt: signature?.signedAt.toISOString() ?? null,
        byScan: signature?.method === "SCAN",
        scanPending: scans.some((scan) => scan.role === party.role && scan.status === "PENDING"),
      };
    }),
    scans: scans.map((scan) => ({
      id: scan.id,
      role: scan.role,
      partyName: partiesOf(details).find((party) => party.role === scan.role)?.name ?? "",
      status: scan.status,
      type: SCAN_TYPE_NAMES[scan.contentType] ?? scan.contentType,
      size: sizeText(scan.size, language),
      sha256: scan.sha256,
      uploadedAt: formatMoment(scan.uploadedAt, language),
      decidedAt: scan.decidedAt ? formatMoment(scan.decidedAt, language) : null,
      decidedBy: scan.decidedByName,
    })),
    canDecideScans: mayDecideScan(side) && canSign(status),
    rejectionReasons: SCAN_REJECTION_REASONS,
    withdrawnSignatures: withdrawn,
    documentSha256: agreement.documentSha256,
    signedSha256: agreement.signedSha256,
    forms: canChange(status)
      ? formSides.map((formSide) => ({
          side: formSide,
          fields: fieldsOfSide(formSide).map((field) => ({
            key: field.key,
            kind: field.kind,
            value: details[field.key],
          })),
        }))
      : [],
    canSend: maySendOrCancel(side) && canSend(status),
    canCancel: maySendOrCancel(side) && canCancel(status),
    canDownload: mayDownload(side),
  };
}

export async function agreementAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { user, side, agreement } = await requireAgreementAccess(request, language, params.id);
  const form = await formDataOf(request.clone());
  const intent = form.get("intent");
  const done = (what: string) => redirect(`/${language}/agreements/${agreement.id}?done=${what}`);
  if (intent === "details") {
    const editable = editableDetails(side);
    const formSide = form.get("side");
    const target = formSide === "school" || formSide === "company" ? formSide : null;
    if (!editable || !target || (editable !== "staff" && editable !== target)) throw notFound();
    const parsed = await readForm(request, target === "school" ? schoolDetailsSchema : companyDetailsSchema);
    if (!parsed.ok) return parsed.response;
    const { intent: _intent, ...values } = parsed.data;
    void _intent;
    const result = await updateAgreementDetails(agreement.id, editable, values as Partial<Record<DetailKey, string>>);
    if (!result.ok) return refuse({ form: result.error }, parsed.values);
    return done("saved");
  }
  if (intent === "confirm-scan" || intent === "reject-scan") {
    if (!mayDecideScan(side)) throw notFound();
    const decision = await readForm(request, scanDecisionSchema);
    if (!decision.ok) return decision.response;
    const { data } = decision;
    const result =
      data.intent === "confirm-scan"
        ? await confirmScan(agreement.id, data.scanId, user)
        : await rejectScan(agreement.id, data.scanId, user, { reason: data.reason, note: data.note });
    if (!result.ok) return refuse({ form: result.error }, decision.values);
    return done(data.intent === "confirm-scan" ? "scanConfirmed" : "scanRejected");
  }
  const parsed = await readForm(request, agreementActionSchema);
  if (!parsed.ok) return parsed.response;
  if (!maySendOrCancel(side)) throw notFound();
  const result =
    parsed.data.intent === "send" ? await sendForSignature(agreement.id) : await cancelAgreement(agreement.id);
  if (!result.ok) return refuse({ form: result.error }, {});
  return done(parsed.data.intent === "send" ? "sent" : "cancelled");
}

const SCAN_TYPE_NAMES: Record<string, string> = { "application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG" };
const SCAN_EXTENSIONS: Record<string, string> = { "application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg" };

/** "1,2 MB" / "1,2 Mo" / "1.2 MB": a file's size as the reader writes it. */
function sizeText(bytes: number, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: "unit",
    unit: "megabyte",
    maximumFractionDigits: 1,
  }).format(Math.max(bytes / 1_000_000, 0.1));
}

export function pdfResponse(bytes: Uint8Array, name: string): Response {
  return fileResponse(bytes, "application/pdf", name);
}

/** A file of an agreement (a PDF or a scan), shown by the browser, never cached, never run. */
function fileResponse(bytes: Uint8Array, contentType: string, name: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `inline; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/**
 * The PDF for a side: the signed one once signed, the one sent out while it is signed, else a
 * draft rendered now. Every download is written to the audit log, whoever downloads.
 */
export async function agreementDocumentLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { user, side, agreement } = await requireAgreementAccess(request, language, params.id);
  if (!mayDownload(side)) throw notFound();
  const stored = await db().agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    select: { document: true, signedDocument: true },
  });
  const bytes = stored.signedDocument ?? stored.document ?? (await renderCurrentDocument(agreement));
  await recordStaffAction(db(), {
    actorId: user.id,
    action: "agreement.download",
    targetType: "agreement",
    targetId: agreement.id,
    details: { side, signed: stored.signedDocument !== null },
  });
  return pdfResponse(bytes, `agreement-${agreement.id.slice(0, 8)}.pdf`);
}

/**
 * A party's scan of a hand-signed copy, for the sides that may download the agreement; another
 * agreement's scan, or an unknown one, is a 404. Every download is written to the audit log.
 */
export async function agreementScanLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { user, side, agreement } = await requireAgreementAccess(request, language, params.id);
  if (!mayDownloadScan(side) || !isUuid(params.scanId)) throw notFound();
  const scan = await scanFile(agreement.id, params.scanId);
  if (!scan) throw notFound();
  await recordStaffAction(db(), {
    actorId: user.id,
    action: "agreement.download-scan",
    targetType: "agreement",
    targetId: agreement.id,
    details: { side, scanId: scan.id, role: scan.role },
  });
  const name = `agreement-${agreement.id.slice(0, 8)}-scan-${scan.role.toLowerCase()}.${SCAN_EXTENSIONS[scan.contentType] ?? "bin"}`;
  return fileResponse(scan.content, scan.contentType, name);
}
