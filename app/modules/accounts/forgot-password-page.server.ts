/** The loader and action of /:lang/forgot-password; the route module re-exports them. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { emailOnlySchema } from "~/modules/accounts/account.schema";
import { readForm } from "~/utils/form-action.server";
import { requestPasswordReset } from "~/modules/accounts/password-reset.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export function forgotPasswordLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:forgot.title")) };
}

export async function forgotPasswordAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, emailOnlySchema);
  if (!form.ok) return form.response;
  await countTry("password-reset", clientAddress(request), form.data.email);
  await requestPasswordReset(form.data.email, language);
  return { sent: true as const };
}
