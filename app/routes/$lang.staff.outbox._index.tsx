import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Timestamp } from "~/components/staff/Timestamp";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { outboxOverview } from "~/modules/staff/staff-outbox.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const { smtp, messages, limit, limited } = await outboxOverview();
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:outbox.title")),
    smtp,
    limit,
    limited,
    messages: messages.map(({ id, to, subject, date }) => ({ id, to, subject, date: showDate(date, language) })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffOutbox() {
  const { smtp, limit, limited, messages } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="outbox-title">
      <h1 id="outbox-title">{t("staff:outbox.title")}</h1>
      <p className="lede">{t("staff:outbox.intro")}</p>
      {smtp ? <p className="staff-notice">{t("staff:outbox.smtp")}</p> : null}
      {messages.length === 0 ? (
        <p>{t("staff:outbox.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("staff:outbox.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:outbox.date")}</th>
                <th scope="col">{t("staff:outbox.to")}</th>
                <th scope="col">{t("staff:outbox.subject")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <td>
                    <Timestamp value={message.date} />
                  </td>
                  <td>{message.to}</td>
                  <th scope="row">
                    <Link to={`/${i18n.language}/staff/outbox/${message.id}`}>
                      {message.subject || t("staff:outbox.noSubject")}
                    </Link>
                  </th>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {limited ? <p className="note">{t("staff:outbox.limited", { count: limit })}</p> : null}
    </section>
  );
}
