import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceSection } from "~/components/home/AudienceSection";
import { FieldsSection } from "~/components/home/FieldsSection";
import { ProgrammesSection } from "~/components/home/ProgrammesSection";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { getPlatformStats } from "~/modules/offers/offer-stats.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const t = translatorFor(language);
  const stats = await getPlatformStats(language);
  return { meta: pageMetaInput(request, language, t("home:meta.title"), t("home:meta.description")), stats };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function Home() {
  const { stats } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero__inner">
          <p className="hero__eyebrow">{t("home:hero.eyebrow")}</p>
          <h1 id="hero-title">{t("home:hero.title")}</h1>
          <p className="hero__lede">{t("home:hero.lede")}</p>
          <dl className="stats" aria-label={t("home:hero.statsLabel")}>
            <div>
              <dt>{t("home:hero.offers", { count: stats.openOffers })}</dt>
              <dd>{stats.openOffers}</dd>
            </div>
            <div>
              <dt>{t("home:hero.companies", { count: stats.hostCompanies })}</dt>
              <dd>{stats.hostCompanies}</dd>
            </div>
            <div>
              <dt>{t("home:hero.fields")}</dt>
              <dd>{stats.fields.length}</dd>
            </div>
          </dl>
        </div>
      </section>
      <div className="page">
        <h2 className="visually-hidden">{t("home:audiences.heading")}</h2>
        <div className="audiences">
          <AudienceSection id="students" audience="students" />
          <AudienceSection id="companies" audience="companies" />
          <AudienceSection id="schools" audience="schools" />
        </div>
        <FieldsSection fields={stats.fields} />
        <ProgrammesSection />
        <section className="day" aria-labelledby="day-title">
          <h2 id="day-title">{t("home:day.heading")}</h2>
          <p>{t("home:day.text")}</p>
        </section>
      </div>
    </>
  );
}
