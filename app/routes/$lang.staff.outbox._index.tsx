import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FailedMails } from "~/components/staff/FailedMails";
import { Timestamp } from "~/components/staff/Timestamp";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { outboxAction, outboxLoader } from "~/modules/staff/outbox-page.server";

export const loader = outboxLoader;
export const action = outboxAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffOutbox() {
  const { smtp, limit, limited, messages, failed, failedLimited } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
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

      <FailedMails mails={failed} limited={failedLimited} answer={answer} />
    </section>
  );
}
