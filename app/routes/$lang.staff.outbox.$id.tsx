import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Timestamp } from "~/components/staff/Timestamp";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { outboxMessageLoader } from "~/modules/staff/outbox-message-page.server";

export const loader = outboxMessageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffOutboxMessage() {
  const { message } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const subject = message.subject || t("staff:outbox.noSubject");
  return (
    <article aria-labelledby="message-title">
      <p>
        <Link to={`/${i18n.language}/staff/outbox`}>{t("staff:message.back")}</Link>
      </p>
      <h1 id="message-title">{subject}</h1>
      <dl className="facts">
        <div>
          <dt>{t("staff:message.from")}</dt>
          <dd>{message.from}</dd>
        </div>
        <div>
          <dt>{t("staff:message.to")}</dt>
          <dd>{message.to}</dd>
        </div>
        <div>
          <dt>{t("staff:message.date")}</dt>
          <dd>
            <Timestamp value={message.date} />
          </dd>
        </div>
        <div>
          <dt>{t("staff:message.subject")}</dt>
          <dd>{subject}</dd>
        </div>
      </dl>
      <p className="note">{t("staff:message.audited")}</p>
      <h2>{t("staff:message.text")}</h2>
      {message.text ? <pre className="mail-text">{message.text}</pre> : <p>{t("staff:message.noText")}</p>}
      <h2>{t("staff:message.html")}</h2>
      {message.html ? (
        // sandbox="" gives the mail no scripts, no forms, no same-origin access: it is shown, never run.
        <iframe
          className="mail-html"
          sandbox=""
          srcDoc={message.html}
          title={t("staff:message.htmlFrame", { subject })}
        />
      ) : (
        <p>{t("staff:message.noHtml")}</p>
      )}
    </article>
  );
}
