/** The loader and action of /:lang/account/two-factor; the route module re-exports them. */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { mayUseTwoFactor } from "~/modules/accounts/two-factor";
import { twoFactorActionSchema } from "~/modules/accounts/two-factor.schema";
import {
  confirmEnrolment,
  disableTwoFactor,
  staffTotpRequired,
  startEnrolment,
  twoFactorStatus,
} from "~/modules/accounts/two-factor.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { readForm, refuse } from "~/utils/form-action.server";

async function twoFactorUser(request: Request, language: ReturnType<typeof requireLanguage>) {
  const user = await requireUser(request, language);
  // Offered to those who see other people's personal data; for anyone else the page is not there.
  if (!mayUseTwoFactor(user.role)) throw new Response("Not Found", { status: 404 });
  return user;
}

export async function twoFactorLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await twoFactorUser(request, language);
  const status = await twoFactorStatus(user.id);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("auth:twoFactor.title")),
    enabled: status.enabled,
    enabledAt: status.enabledAt ? showDate(status.enabledAt, language) : null,
    recoveryCodesLeft: status.recoveryCodesLeft,
    enrolment: status.enrolment,
    required: user.role === "STAFF" && staffTotpRequired(),
    disabled: new URL(request.url).searchParams.has("disabled"),
  };
}

export async function twoFactorAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const user = await twoFactorUser(request, language);
  const form = await readForm(request, twoFactorActionSchema);
  if (!form.ok) return form.response;
  const intent = form.data;
  if (intent.intent === "start") {
    await startEnrolment(user.id);
    throw redirect(`/${language}/account/two-factor`);
  }
  await countTry("login-second-factor", clientAddress(request), user.id);
  if (intent.intent === "confirm") {
    const result = await confirmEnrolment(user.id, intent.code);
    if (!result.ok) return refuse({ code: "auth:twoFactor.errors.codeWrong" }, {});
    // Shown once, in this answer only: the database keeps their hashes.
    return data({ recoveryCodes: result.recoveryCodes }, { headers: { "Cache-Control": "no-store" } });
  }
  if (user.role === "STAFF" && staffTotpRequired()) return refuse({ form: "auth:twoFactor.errors.required" }, {});
  if (!(await disableTwoFactor(user.id, intent.code))) return refuse({ code: "auth:twoFactor.errors.codeWrong" }, {});
  throw redirect(`/${language}/account/two-factor?disabled`);
}
