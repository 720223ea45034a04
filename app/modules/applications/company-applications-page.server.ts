/**
 * /:lang/company/applications — the inbox of the member's company, filtered by offer and state
 * through plain GET parameters (works without JavaScript) — and one application, which the
 * company answers there. Staff may read an application here; only the company's members act.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { membershipOf } from "~/modules/companies/company-membership.server";
import { canViewCompany } from "~/modules/companies/company-policy";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { isUuid } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { requireApplicationAccess } from "./application-access.server";
import {
  applicationView,
  momentView,
  offerTitleView,
  periodView,
  privateMeta,
  studentSummary,
} from "./application-view.server";
import { decisionSchema } from "./application.schema";
import { actionsFor, APPLICATION_STATUSES, type ApplicationStatus } from "./application-workflow";
import { hasCv, moveApplication } from "./applications.server";
import { notFound } from "~/utils/not-found";

/** The inbox shows the newest applications; older ones are reached through the filters. */
export const INBOX_LIMIT = 300;

async function ownCompanyId(request: Request, language: Language): Promise<string> {
  const user = await requireUser(request, language, ["COMPANY_MEMBER"]);
  const membership = await membershipOf(user.id);
  if (!membership || !canViewCompany(user, membership, membership.companyId)) throw notFound();
  return membership.companyId;
}

/** Filters as the URL gives them; anything unknown is simply no filter. */
export function inboxFilters(url: URL, offerIds: readonly string[]) {
  const offer = url.searchParams.get("offer") ?? "";
  const status = url.searchParams.get("status") ?? "";
  return {
    offer: isUuid(offer) && offerIds.includes(offer) ? offer : null,
    status: (APPLICATION_STATUSES as readonly string[]).includes(status) ? (status as ApplicationStatus) : null,
  };
}

export async function companyInboxLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const companyId = await ownCompanyId(request, language);
  const offers = await db().offer.findMany({
    where: { companyId, applications: { some: {} } },
    select: { id: true, number: true, titleDe: true, titleFr: true },
    orderBy: { number: "desc" },
  });
  const filters = inboxFilters(
    new URL(request.url),
    offers.map((offer) => offer.id),
  );
  const applications = await db().application.findMany({
    where: {
      offer: { companyId },
      ...(filters.offer ? { offerId: filters.offer } : {}),
      ...(filters.status ? { status: filters.status } : {}),
    },
    orderBy: { submittedAt: "desc" },
    take: INBOX_LIMIT,
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      submittedAt: true,
      student: { select: { displayName: true } },
      offer: { select: { number: true, titleDe: true, titleFr: true } },
    },
  });
  return {
    meta: privateMeta(request, language, translatorFor(language)("applications:inbox.title")),
    filters,
    offers: offers.map((offer) => ({ id: offer.id, number: offer.number, ...offerTitleView(offer, language) })),
    statuses: APPLICATION_STATUSES,
    limited: applications.length === INBOX_LIMIT,
    applications: applications.map((application) => ({
      id: application.id,
      status: application.status as ApplicationStatus,
      studentName: application.student.displayName,
      offer: offerTitleView(application.offer, language),
      period: periodView(application, language),
      submitted: momentView(application.submittedAt, language),
    })),
  };
}

export async function companyApplicationLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  let access = await requireApplicationAccess(request, language, params.id, ["company", "staff"]);
  if (access.side === "company" && access.application.status === "SUBMITTED") {
    // Opening it is the company's first answer: the student learns it was read. A second tab
    // that loses the race finds it SEEN already, which is all this wanted.
    await moveApplication({ applicationId: access.application.id, actorId: access.user.id, action: "see" });
    access = await requireApplicationAccess(request, language, params.id, ["company", "staff"]);
  }
  const { side, application } = access;
  const view = applicationView(application, language);
  const student = studentSummary(application, language, await hasCv(application.studentId));
  return {
    meta: privateMeta(
      request,
      language,
      translatorFor(language)("applications:companyDetail.title", { student: student.name }),
    ),
    side,
    application: view,
    student,
    actions: side === "company" ? actionsFor(view.status, "company") : [],
  };
}

export async function companyApplicationAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { user, application } = await requireApplicationAccess(request, language, params.id, ["company"]);
  const form = await readForm(request, decisionSchema);
  if (!form.ok) return form.response;
  const { intent, message } = form.data;
  const result = await moveApplication({ applicationId: application.id, actorId: user.id, action: intent, message });
  if (!result.ok) return refuse({ form: result.error }, form.values);
  return redirect(`/${language}/company/applications/${application.id}?done=${intent}`);
}
