import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ArticleForm } from "~/components/articles/ArticleForm";
import { articleFormAction, editArticleLoader } from "~/modules/articles/staff-articles-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["staff", "articles"] };

export const loader = editArticleLoader;
export const action = articleFormAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function EditArticle() {
  const { article, values, done, language } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="article-title">
      <p>
        <Link to={`/${language}/staff/articles`}>{t("articles:staff.back")}</Link>
      </p>
      <h1 id="article-title">{t("articles:staff.editTitle", { number: article.number })}</h1>
      {done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`articles:staff.done.${done}`)}
        </p>
      ) : null}
      <p>
        {t("articles:staff.stateIs", { state: t(`articles:state.${article.state}`) })}{" "}
        <Link to={article.path}>
          {article.state === "published" ? t("articles:staff.view") : t("articles:staff.preview")}
        </Link>
      </p>
      <ArticleForm
        key={article.revision}
        stored={values}
        failure={failure}
        state={article.state}
        imageUrl={article.imageUrl}
      />
    </section>
  );
}
