import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Chip } from "~/modules/search/search-page-view";

/** The selected filters as links that remove them; the hidden words tell screen readers what a click does. */
export function ActiveFilters({ chips, clearAll }: { chips: Chip[]; clearAll: string | null }) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <div className="search-chips">
      <h2 className="visually-hidden" id="search-chips-title">
        {t("search:chips.label")}
      </h2>
      <ul aria-labelledby="search-chips-title">
        {chips.map((chip) => (
          <li key={chip.href}>
            <Link to={chip.href} className="search-chip" preventScrollReset>
              <span className="visually-hidden">{t("search:chips.remove")} </span>
              {chip.label}
              <span aria-hidden="true" className="search-chip__x">
                ×
              </span>
            </Link>
          </li>
        ))}
        {clearAll ? (
          <li>
            <Link to={clearAll} className="search-chips__clear" preventScrollReset>
              {t("search:chips.clearAll")}
            </Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
