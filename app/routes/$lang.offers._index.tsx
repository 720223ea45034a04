import type { MetaFunction } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActiveFilters } from "~/components/search/ActiveFilters";
import { EmptyResults } from "~/components/search/EmptyResults";
import { SaveSearchForm } from "~/components/search/SaveSearchForm";
import { SearchBox, SearchFilters, SortSelect } from "~/components/search/SearchForm";
import { useLiveSearch } from "~/components/search/use-live-search";
import { SearchPagination } from "~/components/search/SearchPagination";
import { SearchResults } from "~/components/search/SearchResults";
import { OffersMap } from "~/components/search/OffersMap";
import { pageMeta } from "~/modules/i18n/page-meta";
import { searchPageLoader } from "~/modules/search/search-page.server";
import type { loader as rootLoader } from "~/root";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

/** The translation namespaces this page's components use, sent to the browser with it. */
export const handle: I18nHandle = { i18n: ["search", "reference", "offers", "map"] };

export const loader = searchPageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/**
 * The offer search. Everything it shows follows from the URL, so a search can be shared and the
 * back button works; it is a plain GET form without JavaScript and searches as you type with it.
 */
export default function OfferSearch() {
  const data = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const { t } = useTranslation();
  const language = data.meta.language;
  const { search } = data;
  const live = useLiveSearch(language, data.queryString, search.text !== "");
  const isStudent = root?.user?.role === "STUDENT";
  const [searchParams] = useSearchParams();
  const justSaved = searchParams.get("saved") === "1";

  return (
    <section className="page search-page" aria-labelledby="search-title">
      <h1 id="search-title">{t("search:title")}</h1>
      <p className="lede">{t("search:intro")}</p>
      <SearchBox text={search.text} onChange={live.onChange} />
      <div className="search-layout">
        <SearchFilters
          language={language}
          search={search}
          options={data.options}
          activeCount={data.chips.length}
          onChange={live.onChange}
          onSubmit={live.onSubmit}
        />
        <div className="search-main">
          {data.notices.length > 0 ? (
            <div className="search-notice" role="note">
              <p>{t("search:notice.title")}</p>
              <ul>
                {data.notices.map((notice) => (
                  <li key={notice}>{t(notice)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="search-summary">
            <h2 className="visually-hidden">{t("search:results")}</h2>
            <p className="search-count" role="status" aria-live="polite" aria-atomic="true">
              {data.count}
            </p>
            <SortSelect sort={search.sort} hasPlace={search.place !== null} onChange={live.onChange} />
          </div>
          <ActiveFilters chips={data.chips} clearAll={data.clearAll} />
          {data.hits.length > 0 ? <OffersMap hits={data.hits} tiles={data.map} /> : null}
          {data.hits.length > 0 ? (
            <SearchResults hits={data.hits} language={language} />
          ) : (
            <EmptyResults
              suggestion={data.suggestion}
              alternatives={data.alternatives}
              pastTheEnd={data.total > 0}
              firstPage={data.firstPage}
              allOffers={data.allOffers}
            />
          )}
          <SearchPagination pages={data.pages} />
          {isStudent && data.savedQuery ? (
            <SaveSearchForm language={language} queryString={data.savedQuery} saved={justSaved} />
          ) : null}
        </div>
      </div>
    </section>
  );
}
