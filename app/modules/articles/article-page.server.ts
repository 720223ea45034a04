/**
 * The public page of one article, /:lang/articles/:slug. A draft or a scheduled article is the
 * same 404 as a number that never existed, except for staff, who see it as a marked preview that
 * is never indexed. The text is the reader's language or the other one with a notice.
 */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { formatDay } from "~/modules/i18n/date-format";
import { requireLanguage } from "~/modules/i18n/i18n.server";
import { LANGUAGES } from "~/modules/i18n/languages";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { renderMarkdown } from "~/modules/markdown/render-markdown.server";
import { toOfferCard, type TextLanguage } from "~/modules/offers/offer-cards.server";
import { jsonLdScriptContent } from "~/modules/offers/offer-json-ld";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import { notFound } from "~/utils/not-found";
import { requireArticleReader } from "./article-access.server";
import { articleJsonLd } from "./article-json-ld";
import { articleState, isPublicArticle, type ArticleStatus } from "./article-policy";
import { articleImagePath, articleListPath, articleNumberFromSlug, articlePath, articleSlug } from "./article-url";
import { articleLanguageNotice, articleTextLanguage, textIn } from "./article-view";
import { linkedPublicOffers } from "./articles.server";

export async function articlePageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const number = articleNumberFromSlug(params.slug ?? "");
  if (number === null) throw notFound();
  const article = await db().article.findUnique({ where: { number }, omit: { image: true } });
  const now = new Date();
  const visibility = article ? { status: article.status as ArticleStatus, publishedAt: article.publishedAt } : null;
  await requireArticleReader(request, visibility, now);
  if (!article || !visibility) throw notFound();

  // Only after the access check: a redirect for a draft would confirm that its number exists.
  const url = new URL(request.url);
  if (params.slug !== articleSlug(article, language))
    throw redirect(`${articlePath(article, language)}${url.search}`, 301);

  const textLanguage = articleTextLanguage(article, language);
  const other: TextLanguage = textLanguage === "de" ? "fr" : "de";
  const title = textIn(textLanguage, article.titleDe, article.titleFr) ?? "";
  const lead = textIn(textLanguage, article.leadDe, article.leadFr);
  const body = textIn(textLanguage, article.bodyDe, article.bodyFr);
  const alt = textIn(textLanguage, article.imageAltDe, article.imageAltFr);
  const hasOtherVersion = textIn(other, article.titleDe, article.titleFr) !== null;
  const visible = isPublicArticle(visibility, now);
  const path = articlePath(article, language);
  const imagePath = article.imageUpdatedAt ? articleImagePath(article.id, article.imageUpdatedAt) : null;
  const appUrl = loadEnv().APP_URL;
  const offers = await linkedPublicOffers(article.id);

  return {
    meta: pageMetaInput(request, language, title, lead ?? undefined, {
      alternates: Object.fromEntries(LANGUAGES.map((lang) => [lang, articlePath(article, lang)])),
      noindex: !visible,
    }),
    language,
    preview: visible ? null : articleState(visibility, now),
    jsonLd: jsonLdScriptContent(
      articleJsonLd(
        {
          title,
          lead,
          textLanguage,
          publishedAt: article.publishedAt,
          updatedAt: article.updatedAt,
          imagePath,
          tags: article.tags,
          path,
        },
        appUrl,
      ),
    ),
    article: {
      number: article.number,
      title,
      lead,
      html: renderMarkdown(body),
      textLanguage,
      notice: articleLanguageNotice(language, textLanguage, hasOtherVersion),
      otherVersion: hasOtherVersion ? { language: other, path: articlePath(article, other) } : null,
      published: article.publishedAt ? formatDay(article.publishedAt, language) : null,
      image: imagePath ? { src: imagePath, alt: alt ?? "" } : null,
      tags: article.tags.map((tag) => ({ name: tag, href: articleListPath(language, { tag }) })),
    },
    offers: offers.map((offer) => toOfferCard(offer, language)),
  };
}

export type ArticlePageData = Awaited<ReturnType<typeof articlePageLoader>>;
