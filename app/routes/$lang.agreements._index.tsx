import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/forms/FormFields";
import { agreementListLoader } from "~/modules/agreements/agreement-list-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = agreementListLoader;
export const handle: I18nHandle = { i18n: ["agreements"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The agreements a user may see, where each stands and whom it waits for. */
export default function AgreementList() {
  const { statuses, roles, statusFilter, waitingFilter, agreements } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="agreements-title">
      <h1 id="agreements-title">{t("agreements:page.listTitle")}</h1>
      <Form method="get" className="filters">
        <SelectField name="status" label={t("agreements:page.filterStatus")} defaultValue={statusFilter ?? ""}>
          <option value="">{t("agreements:page.filterAll")}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`agreements:status.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="waiting" label={t("agreements:page.filterWaiting")} defaultValue={waitingFilter ?? ""}>
          <option value="">{t("agreements:page.filterAll")}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`agreements:roles.${role}`)}
            </option>
          ))}
          <option value="SCAN">{t("agreements:page.filterScan")}</option>
        </SelectField>
        <button type="submit" className="button button--secondary">
          {t("agreements:page.filter")}
        </button>
      </Form>
      {agreements.length === 0 ? (
        <p>{t("agreements:page.listEmpty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("agreements:page.learner")}</th>
              <th scope="col">{t("agreements:page.company")}</th>
              <th scope="col">{t("agreements:page.filterStatus")}</th>
              <th scope="col">{t("agreements:page.waitingFor")}</th>
            </tr>
          </thead>
          <tbody>
            {agreements.map((agreement) => (
              <tr key={agreement.id}>
                <td>
                  <Link to={`/${i18n.language}/agreements/${agreement.id}`}>{agreement.learnerName}</Link>
                </td>
                <td>{agreement.companyName}</td>
                <td>{t(`agreements:status.${agreement.status}`)}</td>
                <td>
                  {agreement.waitingFor
                    .map(
                      (role) =>
                        `${t(`agreements:roles.${role}`)}${
                          agreement.scansToConfirm.includes(role) ? ` (${t("agreements:page.filterScan")})` : ""
                        }`,
                    )
                    .join(", ") || "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
