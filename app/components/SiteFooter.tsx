import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";

export function SiteFooter({ language }: { language: Language }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer" aria-label={t("common:footer.label")}>
      <div className="site-footer__inner">
        <p>{t("common:footer.about")}</p>
        {/* The newsletter's small form: the address goes to the full form, which asks the rest. */}
        <Form method="get" action={`/${language}/newsletter`} className="site-footer__newsletter">
          <h2>
            <Link to={`/${language}/newsletter`}>{t("common:footer.newsletter.title")}</Link>
          </h2>
          <p>
            {t("common:footer.newsletter.intro")}{" "}
            <Link to={`/${language}/newsletter/archive`}>{t("common:footer.newsletter.archive")}</Link>
          </p>
          <label htmlFor="footer-newsletter-email">{t("common:footer.newsletter.email")}</label>
          <input id="footer-newsletter-email" name="email" type="email" autoComplete="email" />
          <button type="submit" className="button button--secondary">
            {t("common:footer.newsletter.submit")}
          </button>
        </Form>
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
