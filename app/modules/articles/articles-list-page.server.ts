/**
 * The loader of /:lang/articles: public articles, newest first, a page at a time, filtered by one
 * tag from the URL (`?tag=Kino&page=2`). A malformed page number means the first page; a page past
 * the end is an empty page with a link back, not an error.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { formatDay } from "~/modules/i18n/date-format";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { articleListPath } from "./article-url";
import { toArticleCard } from "./article-view";
import { publicArticles } from "./articles.server";

export function pageNumberOf(value: string | null): number {
  return value && /^\d{1,5}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}

export async function articlesListLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const url = new URL(request.url);
  const tag = url.searchParams.get("tag")?.trim().slice(0, 60) || null;
  const page = pageNumberOf(url.searchParams.get("page"));
  const result = await publicArticles({ tag, page });
  const title = tag ? t("articles:list.titleWithTag", { tag }) : t("articles:list.title");
  const canonical = new Request(new URL(articleListPath(language, { tag, page }), request.url));
  return {
    meta: pageMetaInput(canonical, language, title, t("articles:list.description"), { noindex: tag !== null }),
    language,
    tag,
    total: result.total,
    page,
    pageCount: result.pageCount,
    previous: page > 1 ? articleListPath(language, { tag, page: page - 1 }) : null,
    next: page < result.pageCount ? articleListPath(language, { tag, page: page + 1 }) : null,
    firstPage: articleListPath(language, { tag }),
    allArticles: articleListPath(language),
    feed: `/${language}/articles.atom`,
    articles: result.rows.map((row) => toArticleCard(row, language, (date) => formatDay(date, language).text)),
    tags: result.tags.map(({ tag: name, count }) => ({
      name,
      count,
      href: articleListPath(language, { tag: name }),
      current: name === tag,
    })),
  };
}

export type ArticlesListData = Awaited<ReturnType<typeof articlesListLoader>>;
