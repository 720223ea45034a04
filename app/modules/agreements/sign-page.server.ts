/**
 * /:lang/agreements/sign?token=… — where a mailed link lands: the party sees the agreement (the
 * PDF at /:lang/agreements/sign/document?token=…), types their full name and confirms, or uploads
 * a scan of a hand-signed copy instead (a multipart post of the same page), which then waits for
 * the school's or staff's confirmation. A party with an account is asked to log in first. After
 * the last signature the same kind of link downloads the signed PDF. Every download of a PDF
 * through a link is in the audit log.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { clientAddress } from "~/modules/accounts/rate-limits.server";
import { privateMeta } from "~/modules/applications/application-view.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { readForm, refuse } from "~/utils/form-action.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/not-found";
import { scanUploadSchema, signSchema } from "./agreement.schema";
import { pdfResponse } from "./agreement-page.server";
import { checkScan, readScanUpload, uploadScan } from "./agreement-scans.server";
import { openSigningLink, signAgreement } from "./agreements.server";
import { validateForm } from "~/utils/forms";

function tokenOf(request: Request): string {
  return new URL(request.url).searchParams.get("token") ?? "";
}

export async function signLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = tokenOf(request);
  const t = translatorFor(language);
  const meta = privateMeta(request, language, t("agreements:sign.title"));
  const opened = await openSigningLink(token);
  if (opened.status !== "valid") return { meta, token, link: { status: opened.status } as const };
  const user = await getCurrentUser(request);
  if (opened.kind === "sign" && opened.accountId && user?.id !== opened.accountId) {
    const here = `/${language}/agreements/sign?token=${encodeURIComponent(token)}`;
    throw redirect(`/${language}/login?next=${encodeURIComponent(here)}`);
  }
  return {
    meta,
    token,
    link: {
      status: "valid",
      kind: opened.kind,
      role: opened.role,
      partyName: opened.party.name,
      learnerName: opened.details.learnerName,
      companyName: opened.details.companyName,
      schoolName: opened.details.schoolName,
      startsOn: opened.details.startsOn,
      endsOn: opened.details.endsOn,
      agreementStatus: opened.agreementStatus,
      alreadySigned: opened.alreadySigned,
      scanPending: opened.scanPending,
      documentSha256: opened.documentSha256,
    },
  } as const;
}

export async function signAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  // The scan's form is the one that sends a file.
  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    return scanAction(request, language);
  }
  const form = await readForm(request, signSchema);
  if (!form.ok) return form.response;
  const user = await getCurrentUser(request);
  const result = await signAgreement({
    token: form.data.token,
    typedName: form.data.typedName,
    ip: clientAddress(request),
    userId: user?.id ?? null,
  });
  if (!result.ok) {
    return refuse(
      result.error === "agreements:errors.nameMismatch" ? { typedName: result.error } : { form: result.error },
      form.values,
    );
  }
  return redirect(`/${language}/agreements/sign/done?status=${result.status}`);
}

/**
 * A scan instead of a typed name: the text fields, then the file by its bytes, then the link; a
 * refusal at any step writes nothing and keeps the link usable.
 */
async function scanAction(request: Request, language: Language) {
  const upload = await readScanUpload(request);
  if (upload.tooLarge && Object.keys(upload.values).length === 0) {
    // Refused unread: nothing of the form came through but its size.
    return refuse({ scan: "agreements:errors.scanTooLarge" }, { intent: "scan" });
  }
  const fields = validateForm(scanUploadSchema, upload.values);
  const scan = await checkScan(upload);
  if (!fields.ok || !scan.ok) {
    return refuse({ ...(scan.ok ? {} : { scan: scan.error }), ...(fields.ok ? {} : fields.errors) }, upload.values);
  }
  const user = await getCurrentUser(request);
  const result = await uploadScan({
    token: fields.data.token,
    bytes: scan.bytes,
    type: scan.type,
    ip: clientAddress(request),
    userId: user?.id ?? null,
  });
  if (!result.ok) return refuse({ form: result.error }, upload.values);
  return redirect(`/${language}/agreements/sign/done?status=SCAN`);
}

const DONE_STATUSES = ["SIGNED", "PARTLY_SIGNED", "SCAN"] as const;

export async function signedLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const asked = new URL(request.url).searchParams.get("status");
  const status = DONE_STATUSES.find((done) => done === asked) ?? "PARTLY_SIGNED";
  const title = status === "SCAN" ? "agreements:sign.doneScanTitle" : "agreements:sign.doneTitle";
  return { meta: privateMeta(request, language, translatorFor(language)(title)), status };
}

/** The PDF a link shows: the document being signed, or the signed one for a download link. */
export async function signDocumentLoader({ request }: LoaderFunctionArgs) {
  const opened = await openSigningLink(tokenOf(request));
  if (opened.status !== "valid") throw notFound();
  const stored = await db().agreement.findUniqueOrThrow({
    where: { id: opened.agreementId },
    select: { document: true, signedDocument: true },
  });
  const bytes = opened.kind === "download" ? stored.signedDocument : stored.document;
  if (!bytes) throw notFound();
  await db().auditLogEntry.create({
    data: {
      actorId: null,
      action: "agreement.download-by-link",
      targetType: "agreement",
      targetId: opened.agreementId,
      details: { role: opened.role, signed: opened.kind === "download" },
    },
  });
  return pdfResponse(bytes, `agreement-${opened.agreementId.slice(0, 8)}.pdf`);
}
