import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ArticleCards } from "~/components/articles/ArticleCards";
import { articlesListLoader } from "~/modules/articles/articles-list-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["articles"] };

export const loader = articlesListLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        ...pageMeta(data.meta),
        { tagName: "link", rel: "alternate", type: "application/atom+xml", href: data.feed, title: data.meta.title },
      ]
    : [];

/** The articles, newest first; tags filter the list, a page at a time, all by plain links. */
export default function Articles() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="page articles-page" aria-labelledby="articles-title">
      <h1 id="articles-title">
        {data.tag ? t("articles:list.titleWithTag", { tag: data.tag }) : t("articles:list.title")}
      </h1>
      <p className="lede">{t("articles:list.intro")}</p>
      <p>
        <a href={data.feed} type="application/atom+xml">
          {t("articles:list.feed")}
        </a>
      </p>
      {data.tags.length > 0 ? (
        <nav className="article-tags" aria-label={t("articles:list.tags")}>
          <ul>
            {data.tag ? (
              <li>
                <Link to={data.allArticles}>{t("articles:list.allTags")}</Link>
              </li>
            ) : null}
            {data.tags.map((tag) => (
              <li key={tag.name}>
                <Link to={tag.href} aria-current={tag.current ? "page" : undefined}>
                  {tag.name} <span className="article-tags__count">({tag.count})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <p role="status">{t("articles:list.count", { count: data.total })}</p>
      {data.articles.length > 0 ? (
        <ArticleCards articles={data.articles} />
      ) : data.total > 0 ? (
        <p>
          <Link to={data.firstPage}>{t("articles:list.backToFirst")}</Link>
        </p>
      ) : null}
      {data.pageCount > 1 ? (
        <nav className="pagination" aria-label={t("articles:list.pagination")}>
          {data.previous ? (
            <Link to={data.previous} rel="prev">
              {t("articles:list.previous")}
            </Link>
          ) : null}
          <span>{t("articles:list.pageOf", { page: data.page, count: data.pageCount })}</span>
          {data.next ? (
            <Link to={data.next} rel="next">
              {t("articles:list.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
