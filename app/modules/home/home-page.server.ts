/** The loader of the home page /:lang: its meta, the platform's figures, articles and events. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { getPlatformStats } from "~/modules/offers/offer-stats.server";
import { newestArticleCards } from "~/modules/articles/home-articles.server";
import { dayBanner, nextEventCards } from "~/modules/editions/home-editions.server";

/** `now` is the date the page is for: the events ahead of it and the 22 January banner's window. */
export async function homePageLoader({ request, params }: LoaderFunctionArgs, now = new Date()) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const [stats, articles, events, banner] = await Promise.all([
    getPlatformStats(language),
    newestArticleCards(language),
    nextEventCards(language, now),
    dayBanner(language, now),
  ]);
  return {
    meta: pageMetaInput(request, language, t("home:meta.title"), t("home:meta.description")),
    stats,
    articles,
    events,
    banner,
    language,
  };
}
