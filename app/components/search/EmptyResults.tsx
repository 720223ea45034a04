import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

interface Props {
  /** "Did you mean": the search with the closest known words. */
  suggestion: { text: string; href: string } | null;
  /** The same search without one filter, where that finds something. */
  alternatives: { label: string; count: number; href: string }[];
  /** Some hits exist, just not on this page (an old link to a later page). */
  pastTheEnd: boolean;
  firstPage: string;
  allOffers: string;
}

/** What to try when nothing matched: other words, or one filter less, each a link that shows it. */
export function EmptyResults({ suggestion, alternatives, pastTheEnd, firstPage, allOffers }: Props) {
  const { t } = useTranslation();
  if (pastTheEnd) {
    return (
      <div className="search-empty">
        <p>{t("search:empty.pastTheEnd")}</p>
        <p>
          <Link to={firstPage}>{t("search:empty.firstPage")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="search-empty">
      <h2>{t("search:empty.title")}</h2>
      {suggestion ? (
        <p className="search-empty__suggestion">
          {t("search:empty.didYouMean")} <Link to={suggestion.href}>{suggestion.text}</Link>
        </p>
      ) : null}
      {alternatives.length > 0 ? (
        <>
          <p>{t("search:empty.dropFilter")}</p>
          <ul>
            {alternatives.map((alternative) => (
              <li key={alternative.href}>
                <Link to={alternative.href}>
                  {t("search:empty.without", { filter: alternative.label, count: alternative.count })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t("search:empty.otherWords")} <Link to={allOffers}>{t("search:empty.allOffers")}</Link>
        </p>
      )}
    </div>
  );
}
