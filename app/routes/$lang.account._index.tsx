import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { Timestamp } from "~/components/staff/Timestamp";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import { accountAction, accountLoader } from "~/modules/accounts/account-page.server";

export const loader = accountLoader;
export const action = accountAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function Account() {
  const { user, sessions, ended } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
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
          {user.role === "STAFF" || user.role === "COORDINATOR" ? (
            <li>
              <Link to={`/${i18n.language}/account/two-factor`}>{t("auth:twoFactor.title")}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/${i18n.language}/account/newsletter`}>{t("account:links.newsletter")}</Link>
          </li>
          <li>
            <Link to={`/${i18n.language}/account/registrations`}>{t("registrations:mine.title")}</Link>
          </li>
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
      <p>{t(user.role === "STAFF" ? "account:sessions.limitsStaff" : "account:sessions.limits")}</p>
      {ended ? <p role="status">{t("account:sessions.ended")}</p> : null}
      <FormRefusal errors={refusal?.errors} />
      <div className="table-scroll">
        <table className="staff-table">
          <caption>{t("account:sessions.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("account:sessions.device")}</th>
              <th scope="col">{t("account:sessions.since")}</th>
              <th scope="col">{t("account:sessions.lastSeen")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("account:sessions.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">{session.device ?? t("account:sessions.unknownDevice")}</th>
                <td>
                  <Timestamp value={session.since} />
                </td>
                <td>
                  <Timestamp value={session.lastSeen} />
                </td>
                <td>
                  {session.isCurrent ? (
                    t("account:sessions.thisBrowser")
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="end-session" />
                      <input type="hidden" name="session" value={session.id} />
                      <button type="submit" className="button button--secondary button--small">
                        {t("account:sessions.end")}
                        <span className="visually-hidden">
                          : {session.device ?? t("account:sessions.unknownDevice")}, {session.lastSeen.text}
                        </span>
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
