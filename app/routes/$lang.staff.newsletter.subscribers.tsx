import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/forms/FormFields";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { subscribersStaffAction, subscribersStaffLoader } from "~/modules/newsletter/subscribers-staff-page.server";

export const loader = subscribersStaffLoader;
export const action = subscribersStaffAction;
export const handle: I18nHandle = { i18n: ["staff", "newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** Find a subscriber with their consent records; import and export the list. */
export default function StaffNewsletterSubscribers() {
  const { query, found } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : "–");
  return (
    <section aria-labelledby="subscribers-title">
      <p>
        <Link to={`/${i18n.language}/staff/newsletter`}>{t("newsletter:subscribersPage.back")}</Link>
      </p>
      <h1 id="subscribers-title">{t("newsletter:subscribersPage.title")}</h1>

      <h2>{t("newsletter:subscribersPage.find")}</h2>
      <Form method="get" role="search">
        <TextField name="q" type="search" label={t("newsletter:subscribersPage.email")} defaultValue={query} />
        <button type="submit" className="button">
          {t("newsletter:subscribersPage.search")}
        </button>
      </Form>
      {found && found.length === 0 ? <p role="status">{t("newsletter:subscribersPage.none")}</p> : null}
      {found?.map((subscriber) => (
        <article key={subscriber.id} aria-labelledby={`subscriber-${subscriber.id}`}>
          <h3 id={`subscriber-${subscriber.id}`}>{subscriber.email}</h3>
          <dl>
            <dt>{t("newsletter:subscribersPage.status")}</dt>
            <dd>{t(`newsletter:subscribersPage.statuses.${subscriber.status}`)}</dd>
            <dt>{t("newsletter:subscribersPage.language")}</dt>
            <dd>{t(`newsletter:languages.${subscriber.language}`)}</dd>
            <dt>{t("newsletter:subscribersPage.topics")}</dt>
            <dd>{subscriber.topics.map((topic) => t(`newsletter:topics.${topic}`)).join(", ")}</dd>
            <dt>{t("newsletter:subscribersPage.softBounces")}</dt>
            <dd>{subscriber.softBounces}</dd>
          </dl>
          <table>
            <caption>{t("newsletter:subscribersPage.consents")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("newsletter:subscribersPage.consent.source")}</th>
                <th scope="col">{t("newsletter:subscribersPage.consent.text")}</th>
                <th scope="col">{t("newsletter:subscribersPage.consent.language")}</th>
                <th scope="col">{t("newsletter:subscribersPage.consent.given")}</th>
                <th scope="col">{t("newsletter:subscribersPage.consent.confirmed")}</th>
              </tr>
            </thead>
            <tbody>
              {subscriber.consents.map((consent) => (
                <tr key={consent.id}>
                  <td>
                    {t(`newsletter:subscribersPage.sources.${consent.source}`)}
                    {consent.evidence ? ` (${consent.evidence})` : ""}
                  </td>
                  <td>{consent.textVersion}</td>
                  <td>{consent.language}</td>
                  <td>{day(consent.givenAt)}</td>
                  <td>{day(consent.confirmedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}

      <h2>{t("newsletter:subscribersPage.import")}</h2>
      <p>{t("newsletter:subscribersPage.importHelp")}</p>
      {answer?.ok ? (
        <p role="status">{t("newsletter:subscribersPage.imported", answer.result)}</p>
      ) : answer ? (
        <div role="alert">
          <p>{t("newsletter:subscribersPage.refused")}</p>
          <ul>
            {answer.problems.map((problem) => (
              <li key={`${problem.line}-${problem.error}`}>
                {problem.line > 0 ? `${t("newsletter:subscribersPage.line", { line: problem.line })}: ` : ""}
                {t(`newsletter:subscribersPage.errors.${problem.error}`, { column: problem.column ?? "" })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <div className="field">
          <label htmlFor="import-file">{t("newsletter:subscribersPage.file")}</label>
          <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
        </div>
        <button type="submit" className="button">
          {t("newsletter:subscribersPage.importButton")}
        </button>
      </Form>

      <h2>{t("newsletter:subscribersPage.export")}</h2>
      <p>
        <a href={`/${i18n.language}/staff/newsletter/subscribers.csv`} download>
          {t("newsletter:subscribersPage.exportLink")}
        </a>
      </p>
    </section>
  );
}
