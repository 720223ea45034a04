import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationStatusBadge } from "~/components/applications/ApplicationStatusBadge";
import { InboxFilters } from "~/components/applications/InboxFilters";
import { companyInboxLoader } from "~/modules/applications/company-applications-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = companyInboxLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The company's inbox: every application to its offers, newest first, filtered by offer and state. */
export default function CompanyApplications() {
  const { filters, offers, statuses, applications, limited } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const filtered = filters.offer !== null || filters.status !== null;
  return (
    <section className="page" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t("applications:inbox.title")}</h1>
      <p className="lede">{t("applications:inbox.intro")}</p>
      <InboxFilters key={`${filters.offer}-${filters.status}`} offers={offers} statuses={statuses} filters={filters} />
      {applications.length === 0 ? (
        <p role="status">{filtered ? t("applications:inbox.emptyFiltered") : t("applications:inbox.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("applications:inbox.caption", { count: applications.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("applications:inbox.student")}</th>
                <th scope="col">{t("applications:inbox.offer")}</th>
                <th scope="col">{t("applications:inbox.period")}</th>
                <th scope="col">{t("applications:inbox.status")}</th>
                <th scope="col">{t("applications:inbox.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/company/applications/${application.id}`}>
                      {application.studentName}
                    </Link>
                  </th>
                  <td lang={application.offer.titleLanguage}>{application.offer.title}</td>
                  <td>{application.period.text}</td>
                  <td>
                    <ApplicationStatusBadge status={application.status} />
                  </td>
                  <td>
                    <time dateTime={application.submitted.iso}>{application.submitted.text}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {limited ? <p className="note">{t("applications:inbox.limited", { count: applications.length })}</p> : null}
    </section>
  );
}
