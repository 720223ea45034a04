import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Timestamp } from "~/components/staff/Timestamp";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { peopleLoader } from "~/modules/staff/people-page.server";

export const loader = peopleLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffPeople() {
  const { q, total, page, pageCount, previous, next, people } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">{t("staff:people.title")}</h1>
      <Form method="get" action={`/${i18n.language}/staff/people`} role="search" className="staff-search">
        <div className="field">
          <label htmlFor="q">{t("staff:people.search")}</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} />
        </div>
        <button type="submit" className="button">
          {t("staff:people.submit")}
        </button>
      </Form>
      <p role="status">{t("staff:people.found", { count: total })}</p>
      {people.length > 0 ? (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{q ? t("staff:people.captionFor", { q }) : t("staff:people.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:people.name")}</th>
                <th scope="col">{t("staff:people.email")}</th>
                <th scope="col">{t("staff:people.role")}</th>
                <th scope="col">{t("staff:people.created")}</th>
                <th scope="col">{t("staff:people.confirmed")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/staff/people/${person.id}`}>{person.displayName}</Link>
                  </th>
                  <td>{person.email}</td>
                  <td>{t(`account:roles.${person.role}`)}</td>
                  <td>
                    <Timestamp value={person.created} />
                  </td>
                  <td>{person.confirmed ? <Timestamp value={person.confirmed} /> : t("staff:people.notConfirmed")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("staff:people.pagination")}>
          {previous ? <Link to={previous}>{t("staff:people.previous")}</Link> : null}
          <span>{t("staff:people.page", { page, pages: pageCount })}</span>
          {next ? <Link to={next}>{t("staff:people.next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
