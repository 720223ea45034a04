import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { staffArticlesAction, staffArticlesLoader } from "~/modules/articles/staff-articles-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["staff", "articles"] };

export const loader = staffArticlesLoader;
export const action = staffArticlesAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** Every article, newest change first, with its state and a publish or unpublish button. */
export default function StaffArticles() {
  const { articles, done, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="articles-title">
      <h1 id="articles-title">{t("articles:staff.title")}</h1>
      <p className="lede">{t("articles:staff.intro")}</p>
      {done ? (
        <p role="status" className="moderation-done">
          {t(`articles:staff.done.${done}`)}
        </p>
      ) : null}
      <p>
        <Link className="button" to={`/${language}/staff/articles/new`}>
          {t("articles:staff.new")}
        </Link>
      </p>
      {articles.length === 0 ? (
        <p>{t("articles:staff.empty")}</p>
      ) : (
        <table className="staff-table">
          <caption className="visually-hidden">{t("articles:staff.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("articles:staff.column.title")}</th>
              <th scope="col">{t("articles:staff.column.languages")}</th>
              <th scope="col">{t("articles:staff.column.state")}</th>
              <th scope="col">{t("articles:staff.column.publishedOn")}</th>
              <th scope="col">{t("articles:staff.column.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link to={`/${language}/staff/articles/${article.id}`} lang={article.titleLanguage}>
                    {article.title || t("articles:staff.untitled", { number: article.number })}
                  </Link>
                </td>
                <td>{article.languages.map((lang) => lang.toUpperCase()).join(" + ")}</td>
                <td>{t(`articles:state.${article.state}`)}</td>
                <td>{article.publishedOn ?? "–"}</td>
                <td className="article-actions">
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="id" value={article.id} />
                    {article.state === "draft" ? (
                      <button type="submit" name="intent" value="publish" className="button button--small">
                        {t("articles:form.publish")}
                        <span className="visually-hidden"> – {article.title}</span>
                      </button>
                    ) : (
                      <button
                        type="submit"
                        name="intent"
                        value="unpublish"
                        className="button button--small button--secondary"
                      >
                        {t("articles:form.unpublish")}
                        <span className="visually-hidden"> – {article.title}</span>
                      </button>
                    )}
                  </Form>
                  <Link to={article.path}>
                    {t("articles:staff.view")}
                    <span className="visually-hidden"> – {article.title}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
