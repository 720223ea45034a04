import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OfferCardList } from "~/components/offers/OfferCard";
import { pageMeta } from "~/modules/i18n/page-meta";
import { offerListLoader } from "~/modules/offers/offer-list.server";

export const loader = offerListLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The newest public offers, twenty a page; search with filters replaces this page later. */
export default function OfferList() {
  const { offers, total, page, pageCount, meta } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = meta.language;
  const pageLink = (target: number) => (target === 1 ? `/${language}/offers` : `/${language}/offers?page=${target}`);
  return (
    <section className="page offer-list" aria-labelledby="offer-list-title">
      <h1 id="offer-list-title">{t("offers:list.title")}</h1>
      <p className="lede">{t("offers:list.intro")}</p>
      <p className="offer-list__count">{t("offers:list.count", { count: total })}</p>
      {offers.length > 0 ? (
        <OfferCardList offers={offers} language={language} />
      ) : (
        <p className="note">{t("offers:list.empty")}</p>
      )}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("offers:list.pagination.label")}>
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t("offers:list.pagination.previous")}
            </Link>
          ) : null}
          <span>{t("offers:list.pagination.current", { page, pages: pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t("offers:list.pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
