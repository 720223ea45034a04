import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import { accountLoader } from "~/modules/accounts/account-page.server";

export const loader = accountLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function Account() {
  const { user } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="account-title">
      <h1 id="account-title">{t("account:title")}</h1>
      <dl className="facts">
        <div>
          <dt>{t("auth:fields.name")}</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>{t("auth:fields.email")}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t("account:role")}</dt>
          <dd>{t(`account:roles.${user.role}`)}</dd>
        </div>
      </dl>
      <nav aria-label={t("account:more")}>
        <ul className="link-list">
          {user.role === "COMPANY_MEMBER" ? (
            <li>
              <Link to={`/${i18n.language}/company/members`}>{t("account:links.team")}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/${i18n.language}/account/data`}>{t("account:data.title")}</Link>
          </li>
          <li>
            <Link to={`/${i18n.language}/account/delete`}>{t("account:delete.title")}</Link>
          </li>
        </ul>
      </nav>
      <h2>{t("account:sessions.title")}</h2>
      <p>{t("account:sessions.intro")}</p>
      <div className="actions">
        <Form method="post" action={`/${i18n.language}/logout`}>
          <button type="submit" className="button">
            {t("account:sessions.logout")}
          </button>
        </Form>
        <Form method="post" action={`/${i18n.language}/logout`}>
          <input type="hidden" name="scope" value="everywhere" />
          <button type="submit" className="button button--secondary">
            {t("account:sessions.logoutEverywhere")}
          </button>
        </Form>
      </div>
    </section>
  );
}
