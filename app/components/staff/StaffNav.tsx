import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

const PAGES = [
  { path: "", key: "overview" },
  { path: "/moderation", key: "moderation" },
  { path: "/events", key: "events" },
  { path: "/editions", key: "editions" },
  { path: "/outbox", key: "outbox" },
  { path: "/people", key: "people" },
  { path: "/coordinators", key: "coordinators" },
  { path: "/holidays", key: "holidays" },
  { path: "/programmes", key: "programmes" },
  { path: "/agreements/clauses", key: "agreementClauses" },
  { path: "/synonyms", key: "synonyms" },
  { path: "/articles", key: "articles" },
  { path: "/newsletter", key: "newsletter" },
  { path: "/figures", key: "figures" },
  { path: "/audit", key: "audit" },
] as const;

/**
 * The staff area's own navigation; NavLink marks the current page with aria-current. When the
 * frame knows how many companies and offers wait for review, the moderation entry says so.
 */
export function StaffNav({ language, moderationWaiting }: { language: string; moderationWaiting?: number | null }) {
  const { t } = useTranslation();
  return (
    <nav className="staff-nav" aria-label={t("staff:nav.label")}>
      <ul>
        {PAGES.map(({ path, key }) => (
          <li key={key}>
            <NavLink to={`/${language}/staff${path}`} end={path === ""}>
              {t(`staff:nav.${key}`)}
              {key === "moderation" && moderationWaiting ? (
                <span className="staff-nav__count"> ({t("staff:nav.waiting", { count: moderationWaiting })})</span>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
