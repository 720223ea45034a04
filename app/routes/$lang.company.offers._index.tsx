import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { StatusBadge } from "~/components/editor/StatusBadge";
import { pageMeta } from "~/modules/i18n/page-meta";
import { offerListLoader } from "~/modules/offers/company-offers-page.server";
import { formatShortDay } from "~/modules/i18n/date-format";
import { languageOf } from "~/modules/i18n/languages";
import { dateOf } from "~/utils/calendar-days";

export const loader = offerListLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The company's offers in every state, newest change first. */
export default function CompanyOffers() {
  const { company, offers } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatShortDay(dateOf(iso), languageOf(i18n.language)) : "–");
  return (
    <section className="page" aria-labelledby="offers-title">
      <h1 id="offers-title">{t("editor:list.title")}</h1>
      <p className="lede">{t("editor:list.intro", { company: company.name })}</p>
      {company.status !== "VERIFIED" ? <p className="note">{t("editor:overview.companyPending")}</p> : null}
      <p>
        <Link className="button" to={`/${i18n.language}/company/offers/new`}>
          {t("editor:list.new")}
        </Link>
      </p>
      {offers.length === 0 ? (
        <p>{t("editor:list.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("editor:list.caption", { count: offers.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("editor:list.offer")}</th>
                <th scope="col">{t("editor:list.status")}</th>
                <th scope="col">{t("editor:list.dates")}</th>
                <th scope="col">{t("editor:list.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {offers.map((offer) => (
                <tr key={offer.id}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/company/offers/${offer.id}`}>
                      {offer.title || t("editor:overview.untitled")}
                    </Link>{" "}
                    <span className="muted">#{offer.number}</span>
                  </th>
                  <td>
                    <StatusBadge status={offer.status} />
                  </td>
                  <td>{offer.firstStart ? `${date(offer.firstStart)} – ${date(offer.lastEnd)}` : "–"}</td>
                  <td>{date(offer.updatedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
