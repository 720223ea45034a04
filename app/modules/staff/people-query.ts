export const PEOPLE_PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 200;

export interface PeopleQuery {
  /** Part of an email address or name; empty lists everyone. */
  q: string;
  /** 1-based. */
  page: number;
}

/** Reads `?q=&page=` leniently: a hand-edited URL shows page 1 rather than an error. */
export function parsePeopleQuery(searchParams: URLSearchParams): PeopleQuery {
  const q = (searchParams.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH);
  const page = Number(searchParams.get("page"));
  return { q, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** The link to another page of the same search. */
export function peopleSearchLink(basePath: string, { q, page }: PeopleQuery): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${basePath}?${query}` : basePath;
}
