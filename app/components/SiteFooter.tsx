import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";

export function SiteFooter({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer" aria-label={t("common:footer.label")}>
      <div className="site-footer__inner">
        <p>{t("common:footer.about")}</p>
        <nav aria-label={t("common:footer.legalLinks")}>
          <ul>
            <li>
              <Link to={`/${language}/imprint`}>{t("common:footer.imprint")}</Link>
            </li>
            <li>
              <Link to={`/${language}/privacy`}>{t("common:footer.privacy")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
