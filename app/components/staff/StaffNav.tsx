import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const PAGES = [
  { path: "", key: "overview" },
  { path: "/outbox", key: "outbox" },
  { path: "/people", key: "people" },
  { path: "/audit", key: "audit" },
] as const;

/** The staff area's own navigation; NavLink marks the current page with aria-current. */
export function StaffNav({ language }: { language: string }) {
  const { t } = useTranslation();
  return (
    <nav className="staff-nav" aria-label={t("staff:nav.label")}>
      <ul>
        {PAGES.map(({ path, key }) => (
          <li key={key}>
            <NavLink to={`/${language}/staff${path}`} end={path === ""}>
              {t(`staff:nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
