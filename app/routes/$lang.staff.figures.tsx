import type { LinksFunction, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FigureBlock } from "~/components/figures/FigureBlock";
import { PointsMap } from "~/components/map/PointsMap";
import { figuresLoader } from "~/modules/figures/figures-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import figuresStyles from "~/styles/figures.css?url";

export const handle: I18nHandle = { i18n: ["staff", "figures", "map"] };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: figuresStyles }];

export const loader = figuresLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

const SECTIONS = [
  { key: "placements", tables: ["placements", "fields", "schools", "schoolTypes", "towns", "months"] },
  { key: "funnel", tables: ["funnel"] },
  { key: "companies", tables: ["companies", "companiesSchools"] },
  { key: "events", tables: ["eventCategories", "eventOrganisers", "january22", "registrations"] },
  { key: "newsletter", tables: ["newsletterMonths", "newsletterEditions"] },
  { key: "programmes", tables: ["programmes"] },
] as const;

export default function StaffFigures() {
  const { year, previous, refused, years, tables, points, tiles } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/staff/figures`;
  return (
    <section className="figures" aria-labelledby="figures-title">
      <h1 id="figures-title">{t("figures:title", { year: year.label })}</h1>
      <p className="lede">{t("figures:intro", { previous: previous.label })}</p>
      {refused ? (
        <p className="notice" role="status">
          {t("figures:refusedYear", { year: year.label })}
        </p>
      ) : null}
      <div className="figures-controls">
        <Form method="get" action={base} className="figures-year">
          <label htmlFor="figures-year">{t("figures:yearLabel")}</label>
          <select id="figures-year" name="year" defaultValue={year.param}>
            <optgroup label={t("figures:schoolYears")}>
              {years
                .filter((entry) => entry.kind === "school")
                .map((entry) => (
                  <option key={entry.param} value={entry.param}>
                    {t("figures:schoolYear", { year: entry.label })}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t("figures:calendarYears")}>
              {years
                .filter((entry) => entry.kind === "calendar")
                .map((entry) => (
                  <option key={entry.param} value={entry.param}>
                    {t("figures:calendarYear", { year: entry.label })}
                  </option>
                ))}
            </optgroup>
          </select>
          <button type="submit" className="button">
            {t("figures:show")}
          </button>
        </Form>
        <Link to={`${base}?year=${previous.param}`} className="figures-previous">
          {t("figures:previousYear", { year: previous.label })}
        </Link>
      </div>
      {SECTIONS.map((section) => (
        <section key={section.key} className="figures-section" aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{t(`figures:sections.${section.key}`)}</h2>
          {section.key === "programmes" ? <p>{t("figures:programmes.how")}</p> : null}
          {section.key === "newsletter" ? <p>{t("figures:newsletter.noTracking")}</p> : null}
          {section.tables.map((id) => {
            const table = tables.find((entry) => entry.id === id);
            if (!table) return null;
            return (
              <FigureBlock key={id} table={table} rowId={id === "towns" ? (key) => `town-${key}` : undefined}>
                {id === "towns" ? <PointsMap points={points} tiles={tiles} label={t("figures:mapLabel")} /> : null}
              </FigureBlock>
            );
          })}
        </section>
      ))}
      <p className="figures-rule">{t("figures:smallNumbers")}</p>
    </section>
  );
}
