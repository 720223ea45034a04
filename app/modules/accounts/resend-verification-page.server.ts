/** The loader and action of /:lang/verify-email/resend; the route module re-exports them. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { emailOnlySchema } from "~/modules/accounts/account.schema";
import { resendVerification } from "~/modules/accounts/email-verification.server";
import { readForm } from "~/utils/form-action.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export function resendVerificationLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:resend.title")) };
}

export async function resendVerificationAction({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, emailOnlySchema);
  if (!form.ok) return form.response;
  await countTry("verify-resend", clientAddress(request), form.data.email);
  await resendVerification(form.data.email, language);
  return { sent: true as const };
}
