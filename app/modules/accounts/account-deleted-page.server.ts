/** The loader of /:lang/account/deleted; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

/** Where a deleted account lands, already logged out: the confirmation that it is done. */
export function accountDeletedLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("account:delete.doneTitle")) };
}
