import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PointsMap } from "~/components/map/PointsMap";
import type { editionPageLoader } from "~/modules/editions/edition-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const editionHandle: I18nHandle = { i18n: ["editions", "events", "map"] };

type EditionData = Awaited<ReturnType<typeof editionPageLoader>>;

export const editionMeta: MetaFunction<typeof editionPageLoader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/**
 * One edition of the 22 January: theme and introduction, the review once it is over, then the
 * programme grouped by town or by day, with two filters that are plain links (no JavaScript), the
 * feed, and a map that only adds to the list.
 */
export function EditionPage() {
  const edition = useLoaderData<EditionData>();
  const { t } = useTranslation();
  const { filters, filterLinks } = edition;
  return (
    <article className="page edition-page">
      {/* Escaped by jsonLdScriptContent: no text in it can close the script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: edition.jsonLd }} />
      <p className="edition-page__eyebrow">{edition.title}</p>
      <h1>{edition.theme}</h1>
      {edition.past ? <p className="event-past-notice">{t("editions:page.archive")}</p> : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: edition.introHtml }} />
      {edition.reviewHtml ? (
        <section aria-labelledby="review-title">
          <h2 id="review-title">{t("editions:page.review")}</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: edition.reviewHtml }} />
        </section>
      ) : null}
      <ul className="edition-figures" aria-label={t("editions:page.figures")}>
        <li>
          <strong>{edition.figures.sessions}</strong> {t("editions:page.sessions", { count: edition.figures.sessions })}
        </li>
        <li>
          <strong>{edition.figures.towns}</strong> {t("editions:page.towns", { count: edition.figures.towns })}
        </li>
      </ul>
      {edition.callOpen ? (
        <p>
          <Link className="button" to={edition.participatePath}>
            {t("editions:page.participate")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="programme-title">
        <h2 id="programme-title">{t("editions:programme.heading")}</h2>
        <nav aria-label={t("editions:programme.filters")} className="edition-filters">
          <ul>
            <li>
              <Link to={filterLinks.schools} aria-current={filters.schools ? "true" : undefined} className="chip">
                {t("editions:programme.schools")}
                {filters.schools ? ` ✓` : null}
              </Link>
            </li>
            <li>
              <Link to={filterLinks.french} aria-current={filters.french ? "true" : undefined} className="chip">
                {t("editions:programme.french")}
                {filters.french ? ` ✓` : null}
              </Link>
            </li>
            <li>
              <Link to={filterLinks.byTown} aria-current={filters.group === "town" ? "true" : undefined}>
                {t("editions:programme.byTown")}
              </Link>
            </li>
            <li>
              <Link to={filterLinks.byTime} aria-current={filters.group === "time" ? "true" : undefined}>
                {t("editions:programme.byTime")}
              </Link>
            </li>
          </ul>
        </nav>
        <p role="status">
          {t("editions:programme.count", { count: edition.groups.reduce((n, g) => n + g.sessions.length, 0) })}{" "}
          <a href={edition.feedPath}>{t("editions:programme.feed")}</a>
        </p>
        <PointsMap points={edition.points} tiles={edition.map} label={t("editions:programme.map")} />
        {edition.groups.map((group) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`} className="edition-group">
            <h3 id={`group-${group.key}`}>{group.heading}</h3>
            <ul className="edition-sessions">
              {group.sessions.map((session) => (
                <li key={session.key}>
                  <Link to={session.path}>{session.title}</Link>
                  <br />
                  <time dateTime={session.startsAt}>{session.when}</time>
                  {" · "}
                  {[filters.group === "time" ? session.town : null, session.venue, session.organiser]
                    .filter(Boolean)
                    .join(", ")}
                  {" · "}
                  {t(`events:language.${session.spokenLanguage}`)}
                  {session.audience === "PUPILS" ? ` · ${t("editions:programme.forSchools")}` : null}
                  {session.status !== "SCHEDULED" ? <strong> · {t(`events:status.${session.status}`)}</strong> : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {edition.groups.length === 0 ? <p>{t("editions:programme.none")}</p> : null}
      </section>
    </article>
  );
}
