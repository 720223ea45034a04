import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { APPLICATION_STATUSES, type ApplicationStatus } from "~/modules/applications/application-workflow";
import type { ApplicationRow } from "~/modules/coordinators/school-overview.server";
import { formatShortDay } from "~/modules/i18n/date-format";
import { languageOf } from "~/modules/i18n/languages";
import { dateOf } from "~/utils/calendar-days";

/** Every application of the school's students, filtered by state through the URL (no script needed). */
export function SchoolApplications({
  applications,
  status,
}: {
  applications: ApplicationRow[];
  status: ApplicationStatus | null;
}) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatShortDay(dateOf(iso), languageOf(i18n.language));
  return (
    <section aria-labelledby="school-applications-title">
      <h2 id="school-applications-title">{t("coordinator:applications.title")}</h2>
      <Form method="get" className="filter-row">
        <div className="field">
          <label htmlFor="status">{t("coordinator:applications.status")}</label>
          <select id="status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("coordinator:applications.allStates")}</option>
            {APPLICATION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`applications:status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t("coordinator:applications.filter")}
        </button>
      </Form>
      {applications.length === 0 ? (
        <p>{t("coordinator:applications.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              {t("coordinator:applications.caption", { count: applications.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("coordinator:applications.student")}</th>
                <th scope="col">{t("coordinator:applications.offer")}</th>
                <th scope="col">{t("coordinator:applications.period")}</th>
                <th scope="col">{t("coordinator:applications.status")}</th>
                <th scope="col">{t("coordinator:applications.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((application) => (
                <tr key={application.id}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/students/${application.studentId}`}>{application.studentName}</Link>
                  </th>
                  <td>
                    <Link to={application.offerPath}>{application.offerTitle}</Link>
                    <span className="muted"> · {application.companyName}</span>
                  </td>
                  <td>
                    {date(application.startsOn)} – {date(application.endsOn)}
                  </td>
                  <td>
                    <Link to={`/${i18n.language}/student/applications/${application.id}`}>
                      {t(`applications:status.${application.status}`)}
                    </Link>
                  </td>
                  <td>{date(application.updatedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
