/**
 * The gate of every agreement page and download: the signed-in user, their side of the agreement's
 * application, and the agreement. A malformed id, an unknown one and someone else's agreement all
 * get the same 404. A visitor is sent to log in first.
 */
import { requireUser } from "~/modules/accounts/current-user.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import { policyApplicationOf, sideOf } from "~/modules/applications/application-access.server";
import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import type { AgreementSide } from "./agreement-policy";

const AGREEMENT_SELECT = {
  id: true,
  applicationId: true,
  status: true,
  revision: true,
  details: true,
  sentAt: true,
  signedAt: true,
  cancelledAt: true,
  createdAt: true,
  updatedAt: true,
  documentSha256: true,
  signedSha256: true,
  clauseVersion: { select: { version: true, clauses: true } },
  application: {
    select: {
      studentId: true,
      offer: { select: { companyId: true } },
      student: { select: { student: { select: { schoolId: true } } } },
    },
  },
} as const;

async function loadAgreement(agreementId: string) {
  return db().agreement.findUnique({ where: { id: agreementId }, select: AGREEMENT_SELECT });
}
export type AccessibleAgreement = NonNullable<Awaited<ReturnType<typeof loadAgreement>>>;

/** The user's side on an agreement, or null. */
export async function agreementSideOf(
  user: SessionUser,
  agreement: Pick<AccessibleAgreement, "application">,
): Promise<AgreementSide | null> {
  return sideOf(user, policyApplicationOf(agreement.application));
}

export async function requireAgreementAccess(
  request: Request,
  language: Language,
  agreementId: string | undefined,
  sides: readonly AgreementSide[] = ["student", "company", "coordinator", "staff"],
): Promise<{ user: SessionUser; side: AgreementSide; agreement: AccessibleAgreement }> {
  const user = await requireUser(request, language);
  if (!isUuid(agreementId)) throw notFound();
  const agreement = await loadAgreement(agreementId);
  if (!agreement) throw notFound();
  const side = await agreementSideOf(user, agreement);
  if (!side || !sides.includes(side)) throw notFound();
  return { user, side, agreement };
}

/** The agreement of an application, if the user may see that application (for links from its page). */
export async function agreementIdOfApplication(applicationId: string): Promise<string | null> {
  const row = await db().agreement.findUnique({ where: { applicationId }, select: { id: true } });
  return row?.id ?? null;
}
