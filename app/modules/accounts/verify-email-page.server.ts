/** The loader of /:lang/verify-email; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { verifyEmail } from "~/modules/accounts/email-verification.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

/** The link from the confirmation mail. Confirming twice is harmless, so a GET may do it. */
export async function verifyEmailLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = token ? await verifyEmail(token, language) : ({ status: "unknown" } as const);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:verify.title")), result };
}
