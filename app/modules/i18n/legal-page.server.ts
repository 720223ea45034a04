import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "./i18n.server";
import { pageMetaInput } from "./page-meta.server";

/** Imprint and privacy pages: only their texts differ, so they share one loader. */
export function legalPageLoader(page: "imprint" | "privacy") {
  return ({ request, params }: LoaderFunctionArgs) => {
    const language = requireLanguage(params);
    const t = translatorFor(language);
    return {
      meta: pageMetaInput(request, language, t(`legal:${page}.meta.title`), t(`legal:${page}.meta.description`)),
    };
  };
}
