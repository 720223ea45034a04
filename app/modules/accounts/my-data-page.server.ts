/** The loader of /:lang/account/data; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/accounts/current-user.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export async function myDataLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireUser(request, language);
  return { meta: pageMetaInput(request, language, translatorFor(language)("account:data.title")) };
}
