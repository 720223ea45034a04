/** The loader of the home page /:lang: its meta and the platform's figures. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { getPlatformStats } from "~/modules/offers/offer-stats.server";
import { newestArticleCards } from "~/modules/articles/home-articles.server";

export async function homePageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const [stats, articles] = await Promise.all([getPlatformStats(language), newestArticleCards(language)]);
  return {
    meta: pageMetaInput(request, language, t("home:meta.title"), t("home:meta.description")),
    stats,
    articles,
    language,
  };
}
