/**
 * /:lang/student/applications — the student's own applications, newest first — and one
 * application with its timeline. Coordinators of the student's school and staff may read an
 * application here too (links in the coordinator's mail lead here); only the student acts.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { db } from "~/utils/db.server";
import { placementProgrammesView } from "~/modules/programmes/programme-pages.server";
import { requireApplicationAccess } from "./application-access.server";
import { canMoveApplication } from "./application-policy";
import { applicationView, momentView, offerTitleView, periodView, privateMeta } from "./application-view.server";
import { withdrawSchema } from "./application.schema";
import type { ApplicationStatus } from "./application-workflow";
import { moveApplication } from "./applications.server";

export async function studentApplicationsLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language, ["STUDENT"]);
  const applications = await db().application.findMany({
    where: { studentId: user.id },
    orderBy: { submittedAt: "desc" },
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      updatedAt: true,
      offer: { select: { number: true, titleDe: true, titleFr: true, company: { select: { name: true } } } },
    },
  });
  return {
    meta: privateMeta(request, language, translatorFor(language)("applications:student.title")),
    applications: applications.map((application) => ({
      id: application.id,
      status: application.status as ApplicationStatus,
      offer: offerTitleView(application.offer, language),
      companyName: application.offer.company.name,
      period: periodView(application, language),
      lastChange: momentView(application.updatedAt, language),
    })),
  };
}

export async function studentApplicationLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { side, application } = await requireApplicationAccess(request, language, params.id, [
    "student",
    "coordinator",
    "staff",
  ]);
  const view = applicationView(application, language);
  return {
    meta: privateMeta(
      request,
      language,
      translatorFor(language)("applications:detail.title", { offer: view.offer.title }),
    ),
    side,
    studentName: application.student.displayName,
    application: view,
    canWithdraw: canMoveApplication(side, view.status, "withdraw"),
    /** Once accepted: the programmes that may fund the placement (issue 20), else null. */
    programmes: await placementProgrammesView(application.id, language),
  };
}

export async function studentApplicationAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { user, application } = await requireApplicationAccess(request, language, params.id, ["student"]);
  const form = await readForm(request, withdrawSchema);
  if (!form.ok) return form.response;
  const result = await moveApplication({ applicationId: application.id, actorId: user.id, action: "withdraw" });
  if (!result.ok) return refuse({ form: result.error }, {});
  return redirect(`/${language}/student/applications/${application.id}?done=withdrawn`);
}
