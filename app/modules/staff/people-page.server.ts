/** The loader of /:lang/staff/people; the route module re-exports it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { showDate } from "~/modules/i18n/date-format";
import { parsePeopleQuery, peopleSearchLink } from "~/modules/staff/people-query";
import { searchPeople } from "~/modules/staff/people.server";
import { requireStaff } from "~/modules/staff/staff-access.server";

export async function peopleLoader({ request, params }: LoaderFunctionArgs) {
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
