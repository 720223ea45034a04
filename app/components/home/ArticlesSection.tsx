import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ArticleCards } from "~/components/articles/ArticleCards";
import type { ArticleCard } from "~/modules/articles/article-view";

/** The newest articles on the home page, with a link to all of them. */
export function ArticlesSection({ articles, language }: { articles: ArticleCard[]; language: string }) {
  const { t } = useTranslation();
  if (articles.length === 0) return null;
  return (
    <section className="home-articles" aria-labelledby="home-articles-title">
      <h2 id="home-articles-title">{t("home:sections.articles.heading")}</h2>
      <ArticleCards
        articles={articles}
        headingLevel={3}
        showImages={false}
        tagsLabel={t("home:sections.articles.tags")}
      />
      <p>
        <Link to={`/${language}/articles`}>{t("home:sections.articles.all")}</Link>
      </p>
    </section>
  );
}
