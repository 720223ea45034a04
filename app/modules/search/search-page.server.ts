/**
 * The loader of /:lang/offers, the search page. It reads the search leniently (a malformed
 * parameter is dropped and named in a notice, never an error page), runs it, and prepares
 * everything the page shows as text already in the reader's language: counts, chips, periods.
 * When nothing is found it also asks, per active filter, how many offers there would be without
 * it, and whether other spellings of the words would find some — only then, since those are
 * extra searches.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { placeOptions } from "~/modules/reference/reference-options.server";
import { db } from "~/utils/db.server";
import { loadEnv } from "~/utils/env.server";
import {
  chipLabel,
  countText,
  formOptions,
  pageLinks,
  toHitView,
  withoutFilters,
  type Chip,
  type FieldNames,
} from "./search-page-view";
import {
  activeFilters,
  isFiltered,
  lastReachablePage,
  parseSearchParams,
  searchString,
  toSearchParams,
  type ActiveFilter,
  type SearchRequest,
} from "./search-params";
import { queryFor, referenceNamesFor, resolveSearch, type SearchPlace } from "./search-query.server";
import { searchOffers } from "./search-service.server";
import { suggestSearch } from "./search-suggestion.server";
import { clientAddress } from "~/modules/accounts/rate-limits.server";
import { requireSearchBudget } from "./search-limits.server";

/**
 * At most this many "without <filter>" searches for an empty result (with the two of "did you
 * mean", at most five extra searches per request; each counts against the address's budget).
 */
export const MAX_ALTERNATIVES = 3;

export async function searchPageLoader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const ip = clientAddress(request);
  await requireSearchBudget(ip);
  const t = translatorFor(language);
  const parsed = parseSearchParams(new URL(request.url).searchParams, { mode: "lenient" });
  let search = parsed.request;
  const problems = [...parsed.problems];
  let resolved = await resolveSearch(search);
  if (!resolved.ok) {
    // An unknown place is dropped like any other malformed parameter, with what depends on it.
    problems.push(resolved.problem);
    search = { ...search, place: null, radiusKm: null, sort: search.sort === "distance" ? "relevance" : search.sort };
    resolved = await resolveSearch(search);
    if (!resolved.ok) throw new Error("a search without a place cannot fail to resolve");
  }
  const { query, place } = resolved;
  const href = (target: SearchRequest) => `/${language}/offers${searchString(target)}`;

  const [result, allFields, places] = await Promise.all([
    searchOffers(query),
    db().occupationalField.findMany({
      orderBy: { sortOrder: "asc" },
      select: { key: true, nameDe: true, nameFr: true, nameEn: true },
    }),
    placeOptions(language),
  ]);
  const names = await referenceNamesFor(result.hits);
  const fieldNames: FieldNames = new Map(allFields.map((field) => [field.key, field]));
  const filters = activeFilters(search);
  const label = (filter: ActiveFilter) => chipLabel(filter, search, { t, language, fields: fieldNames, place });
  const chips: Chip[] = filters.map((filter) => ({ label: label(filter), href: href(filter.without) }));

  const empty = result.total === 0;
  // The extra searches of an empty result are paid for before they run.
  if (empty) await requireSearchBudget(ip, Math.min(filters.length, MAX_ALTERNATIVES) + 2);
  const [alternatives, suggestion] = await Promise.all([
    empty ? countsWithout(filters.slice(0, MAX_ALTERNATIVES), place) : [],
    empty ? suggestSearch(query) : null,
  ]);
  const pageCount = Math.min(Math.ceil(result.total / search.perPage), lastReachablePage(search.perPage));

  const title = search.text
    ? t("search:titleWithText", { text: search.text })
    : search.page > 1
      ? t("search:titlePage", { page: search.page })
      : t("search:title");
  // The canonical address is the search in its one written form, whatever order the URL had.
  const canonical = new Request(new URL(href(search), request.url));

  return {
    meta: pageMetaInput(canonical, language, title, t("search:description"), { noindex: isFiltered(search) }),
    search,
    queryString: toSearchParams(search).toString(),
    /** What "save this search" keeps: the search without its page, when it narrows anything down. */
    savedQuery: isFiltered(search) ? toSearchParams({ ...search, page: 1 }).toString() : null,
    notices: problems.map((problem) => problem.message),
    count: countText(t, language, result.total, result.totalIsExact),
    total: result.total,
    page: search.page,
    pageCount,
    pages: pageLinks(search, pageCount, href),
    hits: result.hits.map((hit) => toHitView(hit, language, names)),
    chips,
    clearAll: chips.length > 1 ? href(withoutFilters(search)) : null,
    suggestion: suggestion ? { text: suggestion, href: href({ ...search, text: suggestion, page: 1 }) } : null,
    alternatives: alternatives.flatMap(({ filter, total }) =>
      total > 0 ? [{ label: label(filter), count: total, href: href(filter.without) }] : [],
    ),
    firstPage: href({ ...search, page: 1 }),
    allOffers: `/${language}/offers`,
    options: formOptions(result, language, allFields, places),
    map: { tileUrl: loadEnv().MAP_TILE_URL, attribution: loadEnv().MAP_ATTRIBUTION },
  };

  async function countsWithout(list: ActiveFilter[], around: SearchPlace | null) {
    const answers = await Promise.all(
      list.map((filter) =>
        searchOffers({
          ...queryFor(filter.without, filter.parameter === "place" ? null : around),
          page: 1,
          perPage: 1,
        }),
      ),
    );
    return list
      .map((filter, index) => ({ filter, total: answers[index]?.total ?? 0 }))
      .sort((a, b) => b.total - a.total);
  }
}

export type SearchPageData = Awaited<ReturnType<typeof searchPageLoader>>;
