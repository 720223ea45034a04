import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { AUDIENCES } from "~/modules/programmes/programme-content";
import { programmeDirectoryLoader } from "~/modules/programmes/programme-pages.server";

export const handle: I18nHandle = { i18n: ["programmes"] };

export const loader = programmeDirectoryLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The programme directory: filters in a GET form (a filtered list is a link), then the programmes. */
export default function ProgrammeDirectory() {
  const { filters, programmes } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/programmes`;
  return (
    <div className="page programmes-page">
      <h1>{t("programmes:title")}</h1>
      <p className="lede">{t("programmes:intro")}</p>
      <p className="notice">
        <Link to={`${base}/check`}>{t("programmes:checkCta")}</Link> – {t("programmes:checkCtaText")}
      </p>
      <Form method="get" className="programme-filters" aria-labelledby="programme-filters-title">
        <h2 id="programme-filters-title">{t("programmes:filters.heading")}</h2>
        <div className="field">
          <label htmlFor="who">{t("programmes:filters.who")}</label>
          <select id="who" name="who" defaultValue={filters.who ?? ""}>
            <option value="">{t("programmes:filters.whoAny")}</option>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`programmes:audience.${audience}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="direction">{t("programmes:filters.direction")}</label>
          <select id="direction" name="direction" defaultValue={filters.direction ?? ""}>
            <option value="">{t("programmes:filters.directionAny")}</option>
            <option value="toFrance">{t("programmes:direction.toFrance")}</option>
            <option value="toGermany">{t("programmes:direction.toGermany")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="format">{t("programmes:filters.format")}</label>
          <select id="format" name="format" defaultValue={filters.format ?? ""}>
            <option value="">{t("programmes:filters.formatAny")}</option>
            <option value="individual">{t("programmes:format.individual")}</option>
            <option value="group">{t("programmes:format.group")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="weeks">{t("programmes:filters.weeks")}</label>
          <input id="weeks" name="weeks" type="number" min={1} max={104} defaultValue={filters.weeks ?? ""} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">
            {t("programmes:filters.apply")}
          </button>{" "}
          <Link to={base}>{t("programmes:filters.reset")}</Link>
        </div>
      </Form>
      <p role="status">{t("programmes:filters.count", { number: programmes.length })}</p>
      {programmes.length === 0 ? (
        <p>{t("programmes:filters.empty")}</p>
      ) : (
        <ul className="programme-cards">
          {programmes.map((programme) => (
            <li key={programme.key} className="card programme-card">
              <h2>
                <Link to={programme.path}>{programme.name}</Link>
              </h2>
              <p className="muted">{programme.funder}</p>
              <p>{programme.summary}</p>
              <dl className="facts">
                <div>
                  <dt>{t("programmes:labels.age")}</dt>
                  <dd>{programme.age}</dd>
                </div>
                <div>
                  <dt>{t("programmes:labels.duration")}</dt>
                  <dd>{programme.duration}</dd>
                </div>
                <div>
                  <dt>{t("programmes:labels.format")}</dt>
                  <dd>{programme.format}</dd>
                </div>
                <div>
                  <dt>{t("programmes:labels.grant")}</dt>
                  <dd>
                    {programme.grant}{" "}
                    <span className="muted">
                      ({t("programmes:card.asOf")} <time dateTime={programme.asOf.iso}>{programme.asOf.text}</time>)
                    </span>
                  </dd>
                </div>
              </dl>
              {programme.toBeChecked ? <p className="note">{t("programmes:card.toBeChecked")}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
