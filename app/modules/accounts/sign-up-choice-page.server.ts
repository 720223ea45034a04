/** The loader of /:lang/signup; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export function signUpChoiceLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:signup.title")) };
}
