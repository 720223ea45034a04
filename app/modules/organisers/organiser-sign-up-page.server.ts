/** The loader of /:lang/signup/organiser; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export function organiserSignUpLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:signup.organiser.title")) };
}
