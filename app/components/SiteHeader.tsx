import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";
import { LanguageSwitcher } from "./LanguageSwitcher";

/** Sections of the home page, in the order they appear there. */
const SECTIONS = ["students", "companies", "schools", "programmes"] as const;

export function SiteHeader({
  language,
  user,
}: {
  language: Language;
  user: { displayName: string; role: string } | null;
}) {
  const { t } = useTranslation();
  const home = `/${language}`;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={home} className="brand">
          <span className="brand__name">{t("common:siteName")}</span>
          <span className="brand__tagline">{t("common:tagline")}</span>
        </Link>
        <nav className="main-nav" aria-label={t("common:nav.label")}>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <Link to={`${home}#${section}`}>{t(`common:nav.${section}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-menu">
          {user ? (
            <>
              {user.role === "STAFF" ? <Link to={`/${language}/staff`}>{t("common:user.staff")}</Link> : null}
              {user.role === "COMPANY_MEMBER" ? (
                <>
                  <Link to={`/${language}/company/offers`}>{t("common:user.companyOffers")}</Link>
                  <Link to={`/${language}/company/applications`}>{t("common:user.companyApplications")}</Link>
                  <Link to={`/${language}/company/profile`}>{t("common:user.companyProfile")}</Link>
                </>
              ) : null}
              {user.role === "STUDENT" ? (
                <>
                  <Link to={`/${language}/student`}>{t("common:user.studentHome")}</Link>
                  <Link to={`/${language}/student/profile`}>{t("common:user.studentProfile")}</Link>
                  <Link to={`/${language}/student/applications`}>{t("common:user.studentApplications")}</Link>
                  <Link to={`/${language}/account/searches`}>{t("savedSearches:menu")}</Link>
                </>
              ) : null}
              {user.role === "COORDINATOR" ? (
                <Link to={`/${language}/coordinator`}>{t("common:user.coordinator")}</Link>
              ) : null}
              <Link to={`/${language}/account`}>{t("common:user.account")}</Link>
              <Form method="post" action={`/${language}/logout`}>
                <button type="submit" className="link-button">
                  {t("common:user.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to={`/${language}/login`}>{t("common:user.login")}</Link>
              <Link to={`/${language}/signup`} className="button button--small">
                {t("common:user.signup")}
              </Link>
            </>
          )}
        </div>
        <LanguageSwitcher language={language} />
      </div>
    </header>
  );
}
