/** The loader of /:lang/staff; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";

export async function staffHomeLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  return { meta: pageMetaInput(request, language, translatorFor(language)("staff:overview.title")) };
}
