import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Timestamp } from "~/components/staff/Timestamp";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { parsePeopleQuery, peopleSearchLink } from "~/modules/staff/people-query";
import { searchPeople } from "~/modules/staff/people.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  const query = parsePeopleQuery(new URL(request.url).searchParams);
  const result = await searchPeople(query);
  const base = `/${language}/staff/people`;
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("staff:people.title")),
    q: query.q,
    total: result.total,
    page: result.page,
    pageCount: result.pageCount,
    previous: result.page > 1 ? peopleSearchLink(base, { q: query.q, page: result.page - 1 }) : null,
    next: result.page < result.pageCount ? peopleSearchLink(base, { q: query.q, page: result.page + 1 }) : null,
    people: result.people.map((person) => ({
      id: person.id,
      displayName: person.displayName,
      email: person.email,
      role: person.role,
      created: showDate(person.createdAt, language),
      confirmed: person.emailVerifiedAt ? showDate(person.emailVerifiedAt, language) : null,
    })),
  };
}

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
