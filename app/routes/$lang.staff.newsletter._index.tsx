import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/forms/FormFields";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { newsletterStaffAction, newsletterStaffLoader } from "~/modules/newsletter/newsletter-staff-page.server";

export const loader = newsletterStaffLoader;
export const action = newsletterStaffAction;
export const handle: I18nHandle = { i18n: ["staff", "newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** Subscribers by language and topic, the editions, and a new edition. */
export default function StaffNewsletter() {
  const { languages, topics, editions } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="staff-newsletter-title">
      <h1 id="staff-newsletter-title">{t("newsletter:staff.title")}</h1>
      <h2>{t("newsletter:staff.subscribers")}</h2>
      <table>
        <caption>{t("newsletter:staff.byLanguage")}</caption>
        <tbody>
          {languages.map((row) => (
            <tr key={row.language}>
              <th scope="row">{t(`newsletter:languages.${row.language}`)}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t("newsletter:staff.byTopic")}</caption>
        <tbody>
          {topics.map((row) => (
            <tr key={row.topic}>
              <th scope="row">{t(`newsletter:topics.${row.topic}`)}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={`/${i18n.language}/staff/newsletter/subscribers`}>{t("newsletter:staff.manageSubscribers")}</Link>
      </p>
      <h2>{t("newsletter:staff.editions")}</h2>
      <ul>
        {editions.map((edition) => (
          <li key={edition.id}>
            <Link to={`/${i18n.language}/staff/newsletter/${edition.id}`}>
              {edition.month} – {edition.subjectDe || edition.subjectFr || t("newsletter:staff.untitled")}
            </Link>{" "}
            ({t(`newsletter:staff.status.${edition.status}`)})
          </li>
        ))}
      </ul>
      <h2>{t("newsletter:staff.new")}</h2>
      {answer?.error ? <p role="alert">{t(answer.error)}</p> : null}
      <Form method="post">
        <TextField name="month" label={t("newsletter:staff.month")} placeholder="2026-12" required />
        <button type="submit" className="button">
          {t("newsletter:staff.create")}
        </button>
      </Form>
    </section>
  );
}
