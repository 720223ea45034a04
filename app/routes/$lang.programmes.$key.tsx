import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { programmePageLoader } from "~/modules/programmes/programme-pages.server";

export const handle: I18nHandle = { i18n: ["programmes"] };

export const loader = programmePageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** One programme: its facts with the date they are as of, how to apply, the official page. */
export default function ProgrammePage() {
  const { programme } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const { facts } = programme;
  const base = `/${i18n.language}/programmes`;
  const rows: [string, string | null][] = [
    ["funder", facts.funder],
    ["audiences", facts.audiences],
    ["age", facts.age],
    ["direction", facts.direction],
    ["format", facts.format],
    ["duration", facts.duration],
    ["language", facts.language],
  ];
  return (
    <article className="page programme-page" aria-labelledby="programme-title">
      <p className="breadcrumb">
        <Link to={base}>{t("programmes:page.back")}</Link>
      </p>
      <h1 id="programme-title">{programme.name}</h1>
      <p className="lede">{programme.summary}</p>
      {programme.toBeChecked ? <p className="notice notice--warning">{t("programmes:page.toBeChecked")}</p> : null}
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">{t("programmes:page.facts")}</h2>
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{t(`programmes:labels.${label}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
          <div>
            <dt>{t("programmes:labels.grant")}</dt>
            <dd className="programme-grant">{facts.grant}</dd>
          </div>
          <div>
            <dt>{t("programmes:labels.travel")}</dt>
            <dd>{facts.travel}</dd>
          </div>
          {facts.covers ? (
            <div>
              <dt>{t("programmes:labels.covers")}</dt>
              <dd>{facts.covers}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("programmes:labels.asOf")}</dt>
            <dd>
              <time dateTime={facts.asOf.iso} className="programme-as-of">
                {facts.asOf.text}
              </time>
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="apply-title">
        <h2 id="apply-title">{t("programmes:page.apply")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("programmes:labels.applicant")}</dt>
            <dd>{facts.applicant}</dd>
          </div>
          <div>
            <dt>{t("programmes:labels.where")}</dt>
            <dd>{facts.where}</dd>
          </div>
          <div>
            <dt>{t("programmes:labels.deadlines")}</dt>
            <dd>
              <ul>
                {facts.deadlines.map((deadline) => (
                  <li key={deadline}>{deadline}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
        <p>
          <a href={programme.link} rel="noopener noreferrer external">
            {t("programmes:page.officialLink")}
          </a>
        </p>
        <p>
          <Link to={`${base}/check`} className="button">
            {t("programmes:page.check")}
          </Link>
        </p>
      </section>
    </article>
  );
}
