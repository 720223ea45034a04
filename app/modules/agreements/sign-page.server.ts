/**
 * /:lang/agreements/sign?token=… — where a mailed link lands: the party sees the agreement (the
 * PDF at /:lang/agreements/sign/document?token=…), types their full name and confirms. A party
 * with an account is asked to log in first. After the last signature the same kind of link
 * downloads the signed PDF. Every download of a PDF through a link is in the audit log.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { clientAddress } from "~/modules/accounts/rate-limits.server";
import { privateMeta } from "~/modules/applications/application-view.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/not-found";
import { signSchema } from "./agreement.schema";
import { pdfResponse } from "./agreement-page.server";
import { openSigningLink, signAgreement } from "./agreements.server";

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
      documentSha256: opened.documentSha256,
    },
  } as const;
}

export async function signAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
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

export async function signedLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const status = new URL(request.url).searchParams.get("status") === "SIGNED" ? "SIGNED" : "PARTLY_SIGNED";
  return { meta: privateMeta(request, language, translatorFor(language)("agreements:sign.doneTitle")), status };
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
