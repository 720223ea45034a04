import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ArticleCard } from "~/modules/articles/article-view";

/** Article teasers: picture, title (a link), date, lead and tags; the lists and the home page use it. */
export function ArticleCards({
  articles,
  headingLevel = 2,
  showImages = true,
  tagsLabel,
}: {
  articles: ArticleCard[];
  headingLevel?: 2 | 3;
  showImages?: boolean;
  /** Where the page does not load the articles' texts (the home page), it names the tags itself. */
  tagsLabel?: string;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="article-cards">
      {articles.map((article) => (
        <li key={article.number} className="article-card">
          {showImages && article.image ? (
            <img className="article-card__image" src={article.image.src} alt={article.image.alt} loading="lazy" />
          ) : null}
          <Heading className="article-card__title" lang={article.textLanguage}>
            <Link to={article.path}>{article.title}</Link>
          </Heading>
          {article.published ? (
            <p className="article-card__date">
              <time dateTime={article.published.iso}>{article.published.text}</time>
            </p>
          ) : null}
          {article.lead ? (
            <p className="article-card__lead" lang={article.textLanguage}>
              {article.lead}
            </p>
          ) : null}
          {article.tags.length > 0 ? (
            <p className="article-card__tags">
              <span className="visually-hidden">{tagsLabel ?? t("articles:list.tags")} </span>
              {article.tags.join(" · ")}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
