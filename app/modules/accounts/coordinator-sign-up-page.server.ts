/** The loader of /:lang/signup/coordinator; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { schoolOptions } from "~/modules/reference/reference-options.server";

export async function coordinatorSignUpLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("auth:signup.coordinator.title")),
    schools: await schoolOptions(),
  };
}
