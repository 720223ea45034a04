import { useTranslation } from "react-i18next";
import { OfferCard } from "~/components/offers/OfferCard";
import type { Language } from "~/modules/i18n/languages";
import type { SearchHitView } from "~/modules/search/search-page-view";

/** The hits of one page as offer cards, with the facts a search compares: periods and distance. */
export function SearchResults({ hits, language }: { hits: SearchHitView[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <ul className="offer-cards search-results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <OfferCard offer={hit} language={language} headingLevel={3} titleMarks={hit.titleMarks}>
            {hit.distanceKm !== null ? (
              <p className="search-hit__distance">{t("search:hit.distance", { km: hit.distanceKm })}</p>
            ) : null}
            <p className="search-hit__level">{t("search:hit.level", { level: hit.languageLevel })}</p>
            {hit.periods.length > 0 ? (
              <ul className="search-hit__periods" aria-label={t("search:hit.periods")}>
                {hit.periods.map((period) => (
                  <li key={period.start}>
                    <time dateTime={period.start}>{period.text}</time>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="search-hit__periods">{t("search:hit.noPeriods")}</p>
            )}
          </OfferCard>
        </li>
      ))}
    </ul>
  );
}
