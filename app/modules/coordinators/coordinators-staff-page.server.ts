/** /:lang/staff/coordinators — confirm the teachers who signed up as school coordinators. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { readForm, refuse } from "~/utils/form-action.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { canConfirmCoordinators } from "./coordinator-policy";
import { listCoordinators, setCoordinatorConfirmed } from "./coordinator-confirmation.server";

export async function coordinatorsStaffLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const done = new URL(request.url).searchParams.get("done");
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:coordinators.title")),
    coordinators: await listCoordinators(),
    done: done === "confirm" || done === "revoke" ? done : null,
  };
}

export const coordinatorDecisionSchema = z.object({
  intent: z.enum(["confirm", "revoke"], { message: "staff:coordinators.errors.unknownAction" }),
  coordinatorId: z.guid({ message: "staff:coordinators.errors.notFound" }),
});

export async function coordinatorsStaffAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const staff = await requireStaff(request, language);
  if (!canConfirmCoordinators(staff)) throw new Response("Forbidden", { status: 403 });
  const form = await readForm(request, coordinatorDecisionSchema);
  if (!form.ok) return form.response;
  const changed = await setCoordinatorConfirmed(staff.id, form.data.coordinatorId, form.data.intent === "confirm");
  if (!changed) return refuse({ form: "staff:coordinators.errors.notFound" }, {});
  return redirect(`/${language}/staff/coordinators?done=${form.data.intent}`);
}
