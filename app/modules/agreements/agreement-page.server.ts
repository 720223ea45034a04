/**
 * /:lang/agreements/:id — one agreement for its parties' sides: where it stands, what is still
 * missing and from whom, who has signed, the side's own form, and the PDF. /:lang/agreements/:id/document
 * is the PDF itself (each download in the audit log).
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { recordStaffAction } from "~/modules/staff/audit-log.server";
import { privateMeta } from "~/modules/applications/application-view.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { db } from "~/utils/db.server";
import { requireAgreementAccess } from "./agreement-access.server";
import { detailsOf, fieldsOfSide, hoursProblems, missingFields, type DetailKey } from "./agreement-details";
import { editableDetails, mayDownload, maySendOrCancel } from "./agreement-policy";
import { canCancel, canChange, canSend, partiesOf, type AgreementStatus } from "./agreement-workflow";
import { agreementActionSchema, companyDetailsSchema, schoolDetailsSchema } from "./agreement.schema";
import { cancelAgreement, renderCurrentDocument, sendForSignature, updateAgreementDetails } from "./agreements.server";
import { notFound } from "~/utils/not-found";
import { formDataOf } from "~/utils/form-data.server";

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
    select: { role: true, signedAt: true },
  });
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
    parties: partiesOf(details).map((party) => ({
      role: party.role,
      name: party.name,
      signedAt: signatures.find((s) => s.role === party.role)?.signedAt.toISOString() ?? null,
    })),
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
  const { side, agreement } = await requireAgreementAccess(request, language, params.id);
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
  const parsed = await readForm(request, agreementActionSchema);
  if (!parsed.ok) return parsed.response;
  if (!maySendOrCancel(side)) throw notFound();
  const result =
    parsed.data.intent === "send" ? await sendForSignature(agreement.id) : await cancelAgreement(agreement.id);
  if (!result.ok) return refuse({ form: result.error }, {});
  return done(parsed.data.intent === "send" ? "sent" : "cancelled");
}

export function pdfResponse(bytes: Uint8Array, name: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
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
