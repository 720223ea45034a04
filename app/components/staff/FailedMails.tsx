import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ShownDate } from "~/modules/i18n/date-format";
import { Timestamp } from "./Timestamp";

export interface FailedMail {
  id: string;
  failedAt: ShownDate;
  template: string;
  lastError: string;
}

/** The outbox page's list of mails the queue gave up on, each with "send again", and "send all again". */
export function FailedMails({
  mails,
  limited,
  answer,
}: {
  mails: FailedMail[];
  limited: boolean;
  answer: { retried: number } | { errors: Record<string, string> } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="failed-title">{t("staff:outbox.failed.title")}</h2>
      <p>{t("staff:outbox.failed.intro")}</p>
      {answer && "retried" in answer ? (
        <p role="status" className="moderation-done">
          {t("staff:outbox.failed.retried", { count: answer.retried })}
        </p>
      ) : null}
      {answer && "errors" in answer ? (
        <p role="alert" className="notice notice--error">
          {t(answer.errors.form ?? answer.errors.jobId ?? "staff:outbox.failed.invalid")}
        </p>
      ) : null}
      {mails.length === 0 ? (
        <p>{t("staff:outbox.failed.empty")}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="staff-table" aria-labelledby="failed-title">
              <thead>
                <tr>
                  <th scope="col">{t("staff:outbox.failed.when")}</th>
                  <th scope="col">{t("staff:outbox.failed.template")}</th>
                  <th scope="col">{t("staff:outbox.failed.error")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("staff:outbox.failed.action")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {mails.map((mail) => (
                  <tr key={mail.id}>
                    <td>
                      <Timestamp value={mail.failedAt} />
                    </td>
                    <th scope="row">
                      <code>{mail.template}</code>
                    </th>
                    <td>{mail.lastError}</td>
                    <td>
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="jobId" value={mail.id} />
                        <button type="submit" name="intent" value="retry" className="button button--small">
                          {t("staff:outbox.failed.retry")}
                          <span className="visually-hidden">
                            {" "}
                            – {mail.template}, {mail.failedAt.text}
                          </span>
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {limited ? <p className="note">{t("staff:outbox.failed.limited")}</p> : null}
          <Form method="post">
            <button type="submit" name="intent" value="retryAll" className="button button--secondary">
              {t("staff:outbox.failed.retryAll")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}
