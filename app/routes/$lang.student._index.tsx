import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReasonList } from "~/components/matching/MatchReasons";
import { pageMeta } from "~/modules/i18n/page-meta";
import { studentDashboardLoader } from "~/modules/matching/student-dashboard-page.server";

export const loader = studentDashboardLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The student's home: offers recommended for them, each with why, and the way to their profile and applications. */
export default function StudentDashboard() {
  const { name, missing, recommendations } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="page student-dashboard" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t("matching:dashboard.title")}</h1>
      <p className="lede">
        {t("matching:dashboard.greeting", { name })} {t("matching:dashboard.lede")}
      </p>
      <nav aria-label={t("matching:dashboard.shortcuts")}>
        <ul className="link-list dashboard-links">
          <li>
            <Link to={`/${lang}/student/profile`}>{t("matching:dashboard.profile")}</Link>
          </li>
          <li>
            <Link to={`/${lang}/student/applications`}>{t("matching:dashboard.applications")}</Link>
          </li>
          <li>
            <Link to={`/${lang}/offers`}>{t("matching:dashboard.offers")}</Link>
          </li>
          <li>
            <Link to={`/${lang}/account/registrations`}>{t("registrations:mine.title")}</Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="recommended-title">
        <h2 id="recommended-title">{t("matching:dashboard.recommended")}</h2>
        {missing ? (
          <div className="profile-todo">
            <p>{t("matching:dashboard.incomplete")}</p>
            <ul>
              {missing.fields ? <li>{t("matching:dashboard.missingFields")}</li> : null}
              {missing.availability ? <li>{t("matching:dashboard.missingAvailability")}</li> : null}
            </ul>
            <p>
              <Link className="button" to={`/${lang}/student/profile`}>
                {t("matching:dashboard.completeProfile")}
              </Link>
            </p>
          </div>
        ) : recommendations.length === 0 ? (
          <p className="note">
            {t("matching:dashboard.noMatches")} <Link to={`/${lang}/offers`}>{t("matching:dashboard.offers")}</Link>
          </p>
        ) : (
          <ol className="recommendation-list" aria-label={t("matching:dashboard.listLabel")}>
            {recommendations.map((offer) => (
              <li key={offer.id} className="recommendation">
                <h3 className="recommendation__title">
                  <Link to={offer.url} lang={offer.titleLanguage === lang ? undefined : offer.titleLanguage}>
                    {offer.title}
                  </Link>
                </h3>
                <p className="muted">
                  {t("matching:dashboard.at", {
                    company: offer.company,
                    place: offer.place,
                    country: t(`reference:country.${offer.country}`),
                  })}
                </p>
                <ReasonList reasons={offer.reasons} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
