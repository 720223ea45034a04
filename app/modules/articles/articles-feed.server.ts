/** The loader of /:lang/articles.atom: the newest public articles of one language as Atom. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { renderMarkdown } from "~/modules/markdown/render-markdown.server";
import { loadEnv } from "~/utils/env.server";
import { articlesAtom } from "./article-feed";
import { articlePath } from "./article-url";
import { articleTextLanguage, textIn } from "./article-view";
import { newestArticles } from "./articles.server";

export const FEED_SIZE = 30;

export async function articlesFeedLoader({ params }: LoaderFunctionArgs): Promise<Response> {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const rows = await newestArticles(FEED_SIZE);
  const entries = rows.map((row) => {
    const lang = articleTextLanguage(row, language);
    return {
      number: row.number,
      title: textIn(lang, row.titleDe, row.titleFr) ?? "",
      lead: textIn(lang, row.leadDe, row.leadFr),
      html: renderMarkdown(textIn(lang, row.bodyDe, row.bodyFr)),
      path: articlePath(row, language),
      textLanguage: lang,
      publishedAt: row.publishedAt ?? row.updatedAt,
      updatedAt: row.updatedAt,
      tags: row.tags,
    };
  });
  const xml = articlesAtom(
    language,
    entries,
    { title: t("articles:feed.title"), subtitle: t("articles:feed.subtitle") },
    loadEnv().APP_URL,
    new Date(0),
  );
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=60",
    },
  });
}
