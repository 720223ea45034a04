import { Form, Link, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { ariaCurrentFor, sectionHref, SITE_SECTIONS } from "./navigation/site-sections";

type HeaderUser = { displayName: string; role: string } | null;

/**
 * The site header. Wide screens show the sections, the account links and the languages in a row;
 * narrow ones fold the same links into a <details> menu, which opens without JavaScript. Only one
 * of the two copies is displayed at a time, so assistive technology meets the links once.
 */
export function SiteHeader({ language, user }: { language: Language; user: HeaderUser }) {
  const { t } = useTranslation();
  const location = useLocation();
  const menu = useRef<HTMLDetailsElement>(null);
  const home = `/${language}`;
  // Client-side navigation keeps the header; fold the menu so the new page is not hidden under it.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.key]);
  const links = (
    <>
      <MainNav language={language} pathname={location.pathname} />
      <UserMenu language={language} user={user} pathname={location.pathname} />
      <LanguageSwitcher language={language} />
    </>
  );
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={home} className="brand" aria-current={location.pathname === home ? "page" : undefined}>
          <span className="brand__name">{t("common:siteName")}</span>
          <span className="brand__tagline">{t("common:tagline")}</span>
        </Link>
        <div className="site-header__wide">{links}</div>
        <details className="site-menu" ref={menu}>
          <summary className="site-menu__button">{t("common:nav.menu")}</summary>
          <div className="site-menu__panel">{links}</div>
        </details>
      </div>
    </header>
  );
}

function MainNav({ language, pathname }: { language: Language; pathname: string }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t("common:nav.label")}>
      <ul>
        {SITE_SECTIONS.map((section) => (
          <li key={section}>
            <Link to={sectionHref(section, language)} aria-current={ariaCurrentFor(section, pathname, language)}>
              {t(`common:nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The signed-in user's own pages, or log-in and sign-up for a visitor. */
function UserMenu({ language, user, pathname }: { language: Language; user: HeaderUser; pathname: string }) {
  const { t } = useTranslation();
  const link = (path: string, label: string, className?: string) => {
    const to = `/${language}${path}`;
    return (
      <Link to={to} className={className} aria-current={pathname === to ? "page" : undefined}>
        {label}
      </Link>
    );
  };
  if (!user) {
    return (
      <div className="user-menu">
        {link("/login", t("common:user.login"))}
        {link("/signup", t("common:user.signup"), "button button--small")}
      </div>
    );
  }
  return (
    <div className="user-menu">
      {user.role === "STAFF" ? link("/staff", t("common:user.staff")) : null}
      {user.role === "COMPANY_MEMBER" ? (
        <>
          {link("/company/offers", t("common:user.companyOffers"))}
          {link("/company/applications", t("common:user.companyApplications"))}
          {link("/company/profile", t("common:user.companyProfile"))}
        </>
      ) : null}
      {user.role === "STUDENT" ? (
        <>
          {link("/student", t("common:user.studentHome"))}
          {link("/student/profile", t("common:user.studentProfile"))}
          {link("/student/applications", t("common:user.studentApplications"))}
          {link("/account/searches", t("savedSearches:menu"))}
        </>
      ) : null}
      {user.role === "COORDINATOR" ? link("/coordinator", t("common:user.coordinator")) : null}
      {user.role === "ORGANISER_MEMBER" ? link("/organiser", t("common:user.organiser")) : null}
      {user.role === "COORDINATOR" || user.role === "STAFF" ? link("/agreements", t("common:user.agreements")) : null}
      {link("/account", t("common:user.account"))}
      <Form method="post" action={`/${language}/logout`}>
        <button type="submit" className="link-button">
          {t("common:user.logout")}
        </button>
      </Form>
    </div>
  );
}
