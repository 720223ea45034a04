import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ArticleForm } from "~/components/articles/ArticleForm";
import { articleFormAction, newArticleLoader } from "~/modules/articles/staff-articles-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["staff", "articles"] };

export const loader = newArticleLoader;
export const action = articleFormAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function NewArticle() {
  const { values, language } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section aria-labelledby="article-title">
      <p>
        <Link to={`/${language}/staff/articles`}>{t("articles:staff.back")}</Link>
      </p>
      <h1 id="article-title">{t("articles:staff.newTitle")}</h1>
      <p className="lede">{t("articles:staff.newIntro")}</p>
      <ArticleForm stored={values} failure={failure} state="new" imageUrl={null} />
    </section>
  );
}
