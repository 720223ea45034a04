import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuditTarget } from "~/components/staff/AuditTarget";
import { Timestamp } from "~/components/staff/Timestamp";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { auditActionLabelKey } from "~/modules/staff/audit-labels";
import { listAuditLog } from "~/modules/staff/audit-log.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

const PAGE_SIZE = 50;

/** Read-only by design: there is no action, and the database refuses changes to the log anyway. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const before = new URL(request.url).searchParams.get("before");
  const { entries, olderBefore } = await listAuditLog({ limit: PAGE_SIZE, before });
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:audit.title")),
    paged: Boolean(before),
    older: olderBefore ? `/${language}/staff/audit?before=${olderBefore}` : null,
    entries: entries.map((entry) => ({
      id: entry.id,
      when: showDate(entry.createdAt, language),
      actorName: entry.actorName,
      action: entry.action,
      actionKey: auditActionLabelKey(entry.action),
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetName: entry.targetName,
      recipients: entry.recipients,
      // Recipients are shown by name; any other details as recorded.
      details: entry.details === null || entry.recipients.length > 0 ? null : JSON.stringify(entry.details),
    })),
  };
}

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
