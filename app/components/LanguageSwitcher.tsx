import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "~/modules/i18n/languages";
import { switchLanguageOfPath } from "~/modules/i18n/localized-path";

/** Links to the same page in each language; the query and hash come along. */
export function LanguageSwitcher({ language }: { language: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  return (
    <nav className="language-switcher" aria-label={t("common:languageSwitcher.label")}>
      <ul>
        {LANGUAGES.map((other) => (
          <li key={other}>
            {other === language ? (
              <span
                aria-current="true"
                lang={other}
                title={t("common:languageSwitcher.current", { language: LANGUAGE_NAMES[other] })}
              >
                {LANGUAGE_NAMES[other]}
              </span>
            ) : (
              <Link to={switchLanguageOfPath(here, other)} lang={other} hrefLang={other}>
                {LANGUAGE_NAMES[other]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
