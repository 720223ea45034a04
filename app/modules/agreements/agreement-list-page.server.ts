/**
 * /:lang/agreements — the agreements a user may see, with where each stands and whom it waits
 * for: a school's coordinators see their students', staff see all (filters: state, waiting for
 * whom, or for the confirmation of a hand-signed copy), a company its own, a learner theirs.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { requireUser } from "~/modules/accounts/current-user.server";
import { privateMeta } from "~/modules/applications/application-view.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { detailsOf } from "./agreement-details";
import { AGREEMENT_ROLES, canSign, waitingFor, type AgreementRole, type AgreementStatus } from "./agreement-workflow";

const STATUSES: readonly AgreementStatus[] = [
  "DRAFT",
  "READY",
  "OUT_FOR_SIGNATURE",
  "PARTLY_SIGNED",
  "SIGNED",
  "CANCELLED",
];

/** The "waiting for" filter's value for a hand-signed copy that waits for confirmation. */
const SCAN_FILTER = "SCAN" as const;

/** Which agreements a user may list: the same sides as agreement-access.server.ts. */
async function visibleTo(user: { id: string; role: string }): Promise<Prisma.AgreementWhereInput | null> {
  switch (user.role) {
    case "STAFF":
      return {};
    case "STUDENT":
      return { application: { studentId: user.id } };
    case "COMPANY_MEMBER":
      return { application: { offer: { company: { members: { some: { userId: user.id } } } } } };
    case "COORDINATOR": {
      const profile = await db().coordinatorProfile.findUnique({ where: { userId: user.id } });
      if (!profile?.verifiedAt) return null;
      return { application: { student: { student: { schoolId: profile.schoolId } } } };
    }
    default:
      return null;
  }
}

export async function agreementListLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  const url = new URL(request.url);
  const statusFilter = STATUSES.find((status) => status === url.searchParams.get("status")) ?? null;
  const waiting = url.searchParams.get("waiting");
  const waitingFilter =
    waiting === SCAN_FILTER ? SCAN_FILTER : (AGREEMENT_ROLES.find((role) => role === waiting) ?? null);
  const where = await visibleTo(user);
  const rows = where
    ? await db().agreement.findMany({
        where: { ...where, ...(statusFilter ? { status: statusFilter } : {}) },
        orderBy: { updatedAt: "desc" },
        take: 500,
        select: {
          id: true,
          status: true,
          revision: true,
          details: true,
          sentAt: true,
          cancelledAt: true,
          updatedAt: true,
          signatures: { where: { withdrawnAt: null }, select: { role: true, revision: true } },
          scans: { where: { status: "PENDING" }, select: { role: true, revision: true } },
        },
      })
    : [];
  const agreements = rows
    .map((row) => {
      const details = detailsOf(row.details);
      const waiting = waitingFor({
        cancelled: row.cancelledAt !== null,
        sent: row.sentAt !== null,
        details,
        signedRoles: row.signatures.filter((s) => s.revision === row.revision).map((s) => s.role),
      }).map((party) => party.role);
      return {
        id: row.id,
        status: row.status as AgreementStatus,
        learnerName: details.learnerName,
        companyName: details.companyName,
        startsOn: details.startsOn,
        waitingFor: waiting as AgreementRole[],
        scansToConfirm: canSign(row.status as AgreementStatus)
          ? row.scans.filter((scan) => scan.revision === row.revision).map((scan) => scan.role)
          : [],
      };
    })
    .filter(
      (agreement) =>
        !waitingFilter ||
        (waitingFilter === SCAN_FILTER
          ? agreement.scansToConfirm.length > 0
          : agreement.waitingFor.includes(waitingFilter)),
    );
  return {
    meta: privateMeta(request, language, translatorFor(language)("agreements:page.listTitle")),
    statuses: STATUSES,
    roles: AGREEMENT_ROLES,
    statusFilter,
    waitingFilter,
    agreements,
  };
}
