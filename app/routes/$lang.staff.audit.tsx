import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTarget } from "~/components/staff/AuditTarget";
import { Timestamp } from "~/components/staff/Timestamp";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { auditLogLoader } from "~/modules/staff/audit-log-page.server";

export const loader = auditLogLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffAudit() {
  const { entries, paged, older } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t("staff:audit.title")}</h1>
      <p className="lede">{t("staff:audit.intro")}</p>
      {entries.length === 0 ? (
        <p>{t("staff:audit.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("staff:audit.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:audit.when")}</th>
                <th scope="col">{t("staff:audit.who")}</th>
                <th scope="col">{t("staff:audit.what")}</th>
                <th scope="col">{t("staff:audit.target")}</th>
                <th scope="col">{t("staff:audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    <Timestamp value={entry.when} />
                  </th>
                  <td>{entry.actorName ?? t("staff:audit.system")}</td>
                  <td>{entry.actionKey ? t(`staff:audit.actions.${entry.actionKey}`) : <code>{entry.action}</code>}</td>
                  <td>
                    <AuditTarget entry={entry} language={i18n.language} />
                  </td>
                  <td>
                    {entry.recipients.length > 0 ? (
                      <>
                        {t("staff:audit.recipients")}{" "}
                        {entry.recipients.map((person, index) => (
                          <span key={person.id}>
                            {index > 0 ? ", " : null}
                            <Link to={`/${i18n.language}/staff/people/${person.id}`}>{person.name}</Link>
                          </span>
                        ))}
                      </>
                    ) : null}
                    {entry.details ? <code>{entry.details}</code> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {paged || older ? (
        <nav className="pagination" aria-label={t("staff:audit.pagination")}>
          {paged ? <Link to={`/${i18n.language}/staff/audit`}>{t("staff:audit.newest")}</Link> : null}
          {older ? <Link to={older}>{t("staff:audit.older")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
