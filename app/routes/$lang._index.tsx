import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AudienceSection } from "~/components/home/AudienceSection";
import { FieldsSection } from "~/components/home/FieldsSection";
import { ProgrammesSection } from "~/components/home/ProgrammesSection";
import { ArticlesSection } from "~/components/home/ArticlesSection";
import { DayBannerLink, EventsSection } from "~/components/home/EventsSection";
import { homePageLoader } from "~/modules/home/home-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

/** The translation namespaces this page's components use, sent to the browser with it. */
// The sections' few words from the events, editions and articles live in "home": their whole
// namespaces would triple the texts every first visit downloads.
export const handle: I18nHandle = { i18n: ["home", "search"] };

export const loader = (args: LoaderFunctionArgs) => homePageLoader(args);

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function Home() {
  const { stats, articles, events, banner, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const search = `/${language}/offers`;
  return (
    <>
      <DayBannerLink banner={banner} />
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero__inner">
          <p className="hero__eyebrow">{t("home:hero.eyebrow")}</p>
          <h1 id="hero-title">{t("home:hero.title")}</h1>
          <p className="hero__lede">{t("home:hero.lede")}</p>
          {/* Each figure leads to what it counts: the offers in the search, the fields below. */}
          <ul className="stats" aria-label={t("home:hero.statsLabel")}>
            <li>
              <Link to={search}>
                <span className="stats__figure">{stats.openOffers}</span>{" "}
                <span className="stats__label">{t("home:hero.offers", { count: stats.openOffers })}</span>
              </Link>
            </li>
            <li>
              <Link to={search}>
                <span className="stats__figure">{stats.hostCompanies}</span>{" "}
                <span className="stats__label">{t("home:hero.companies", { count: stats.hostCompanies })}</span>
              </Link>
            </li>
            <li>
              <a href="#fields">
                <span className="stats__figure">{stats.fields.length}</span>{" "}
                <span className="stats__label">{t("home:hero.fields")}</span>
              </a>
            </li>
          </ul>
        </div>
      </section>
      <div className="page">
        <h2 className="visually-hidden">{t("home:audiences.heading")}</h2>
        <div className="audiences">
          <AudienceSection id="students" audience="students" language={language} />
          <AudienceSection id="companies" audience="companies" language={language} />
          <AudienceSection id="schools" audience="schools" language={language} />
        </div>
        <FieldsSection fields={stats.fields} language={language} />
        <div className="home-news">
          <EventsSection events={events} language={language} />
          <ArticlesSection articles={articles} language={language} />
        </div>
        <ProgrammesSection />
        <section className="day" aria-labelledby="day-title">
          <h2 id="day-title">{t("home:day.heading")}</h2>
          <p>{t("home:day.text")}</p>
        </section>
      </div>
    </>
  );
}
