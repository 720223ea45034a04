import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplicationStatusBadge } from "~/components/applications/ApplicationStatusBadge";
import { studentApplicationsLoader } from "~/modules/applications/student-applications-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = studentApplicationsLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The student's applications, newest first, each with where it stands. */
export default function StudentApplications() {
  const { applications } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="applications-title">
      <h1 id="applications-title">{t("applications:student.title")}</h1>
      {applications.length === 0 ? (
        <p>
          {t("applications:student.empty")}{" "}
          <Link to={`/${i18n.language}/offers`}>{t("applications:student.findOffers")}</Link>
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{t("applications:student.caption", { count: applications.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("applications:student.offer")}</th>
                <th scope="col">{t("applications:student.company")}</th>
                <th scope="col">{t("applications:student.period")}</th>
                <th scope="col">{t("applications:student.status")}</th>
                <th scope="col">{t("applications:student.lastChange")}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/student/applications/${application.id}`}>
                      <span lang={application.offer.titleLanguage}>{application.offer.title}</span>
                    </Link>
                  </th>
                  <td>{application.companyName}</td>
                  <td>{application.period.text}</td>
                  <td>
                    <ApplicationStatusBadge status={application.status} />
                  </td>
                  <td>
                    <time dateTime={application.lastChange.iso}>{application.lastChange.text}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
