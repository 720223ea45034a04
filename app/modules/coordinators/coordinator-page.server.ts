/**
 * /:lang/coordinator — a teacher's view of their school. Every request starts with `coordinatorOf`,
 * which runs the coordinator policy; an unconfirmed coordinator sees only that they are waiting.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/utils/form-action.server";
import { APPLICATION_STATUSES } from "~/modules/applications/application-workflow";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import type { Language } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { db } from "~/utils/db.server";
import { canFollowSchool } from "./coordinator-policy";
import { setEndorsement } from "./endorsement.server";
import { schoolOverview } from "./school-overview.server";
import { notFound } from "~/utils/not-found";

async function coordinatorOf(request: Request, language: Language) {
  const user = await requireUser(request, language, ["COORDINATOR"]);
  const coordinator = await db().coordinatorProfile.findUnique({
    where: { userId: user.id },
    select: { schoolId: true, verifiedAt: true, school: { select: { name: true } } },
  });
  if (!coordinator) throw notFound();
  return { user, coordinator, confirmed: canFollowSchool(user, coordinator, coordinator.schoolId) };
}

const statusFilter = z.enum(APPLICATION_STATUSES).nullable().catch(null);

export async function coordinatorLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const { coordinator, confirmed } = await coordinatorOf(request, language);
  const t = translatorFor(language);
  const meta = pageMetaInput(request, language, t("coordinator:title"), undefined, { noindex: true });
  const url = new URL(request.url);
  if (!confirmed) return { meta, confirmed: false as const, schoolName: coordinator.school.name };
  const status = statusFilter.parse(url.searchParams.get("status"));
  return {
    meta,
    confirmed: true as const,
    schoolName: coordinator.school.name,
    status,
    done:
      url.searchParams.get("done") === "endorse" || url.searchParams.get("done") === "unendorse"
        ? (url.searchParams.get("done") as "endorse" | "unendorse")
        : null,
    ...(await schoolOverview(coordinator.schoolId, language, { status })),
  };
}

export const endorsementSchema = z.object({
  intent: z.enum(["endorse", "unendorse"], { message: "coordinator:errors.unknownAction" }),
  studentId: z.guid({ message: "coordinator:errors.notYourStudent" }),
});

export async function coordinatorAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const { user, coordinator } = await coordinatorOf(request, language);
  const form = await readForm(request, endorsementSchema);
  if (!form.ok) return form.response;
  const result = await setEndorsement(user, coordinator, form.data.studentId, form.data.intent === "endorse");
  if (!result.ok) return refuse({ form: result.error }, {});
  return redirect(`/${language}/coordinator?done=${form.data.intent}#student-${form.data.studentId}`);
}
