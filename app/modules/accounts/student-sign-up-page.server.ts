/** The loader of /:lang/signup/student; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { schoolOptions } from "~/modules/reference/reference-options.server";

export async function studentSignUpLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("auth:signup.student.title")),
    schools: await schoolOptions(),
  };
}
