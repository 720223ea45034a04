import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { OfferCardList } from "~/components/offers/OfferCard";
import { articlePageLoader } from "~/modules/articles/article-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { breadcrumbJsonLd } from "~/modules/offers/breadcrumbs";
import { jsonLdScriptContent } from "~/modules/offers/offer-json-ld";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["articles", "offers", "reference"] };

export const loader = articlePageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function ArticlePage() {
  const { article, preview, jsonLd, offers, language, meta } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const trail = [
    { name: t("common:nav.home"), path: `/${language}` },
    { name: t("articles:list.title"), path: `/${language}/articles` },
    { name: article.title, path: meta.alternates?.[language] ?? meta.path },
  ];
  return (
    <article className="page article-page" aria-labelledby="article-title">
      {/* Escaped by jsonLdScriptContent: no text in it can close the script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(breadcrumbJsonLd(trail, meta.appUrl)) }}
      />
      <Breadcrumbs trail={trail} />
      {preview ? (
        <p className="offer-preview">
          <strong>{t("articles:page.preview", { state: t(`articles:state.${preview}`) })}</strong>
        </p>
      ) : null}
      <header className="article-header">
        <h1 id="article-title" lang={article.textLanguage}>
          {article.title}
        </h1>
        {article.published ? (
          <p className="article-header__date">
            <time dateTime={article.published.iso}>{article.published.text}</time>
          </p>
        ) : null}
      </header>
      {article.notice ? (
        <p className="offer-language-notice">
          {t(article.notice)}
          {article.otherVersion ? (
            <>
              {" "}
              <Link to={article.otherVersion.path} hrefLang={article.otherVersion.language}>
                {t(`articles:page.otherVersion.${article.otherVersion.language}`)}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
      <div lang={article.textLanguage}>
        {article.lead ? <p className="lede article-lead">{article.lead}</p> : null}
        {article.image ? (
          <img className="article-image" src={article.image.src} alt={article.image.alt} width={960} height={540} />
        ) : null}
        {/* Rendered by render-markdown.server.ts: no raw HTML, sanitised. */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: article.html }} />
      </div>
      {article.tags.length > 0 ? (
        <nav className="article-tags" aria-label={t("articles:list.tags")}>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.name}>
                <Link to={tag.href}>{tag.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {offers.length > 0 ? (
        <section aria-labelledby="article-offers-title">
          <h2 id="article-offers-title">{t("articles:page.offersHeading")}</h2>
          <OfferCardList offers={offers} language={language} headingLevel={3} />
        </section>
      ) : null}
      <p>
        <Link to={`/${language}/articles`}>{t("articles:page.allArticles")}</Link>
      </p>
    </article>
  );
}
