/** The loader of /:lang/account; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export async function accountLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const user = await requireUser(request, language);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("account:title")),
    user: { displayName: user.displayName, email: user.email, role: user.role },
  };
}
