import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Breadcrumbs } from "~/components/Breadcrumbs";
import { OfferCardList } from "~/components/offers/OfferCard";
import { OfferDescription } from "~/components/offers/OfferDescription";
import { OfferFacts } from "~/components/offers/OfferFacts";
import { OfferCallToAction, OfferLanguageNotice, OfferPreviewBanner } from "~/components/offers/OfferNotices";
import { pageMeta } from "~/modules/i18n/page-meta";
import { breadcrumbJsonLd } from "~/modules/offers/breadcrumbs";
import { jsonLdScriptContent } from "~/modules/offers/offer-json-ld";
import { offerPageLoader } from "~/modules/offers/public-offer-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

/** The translation namespaces this page's components use, sent to the browser with it. */
export const handle: I18nHandle = { i18n: ["reference", "offers", "company", "account", "matching"] };

export const loader = offerPageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function OfferPage() {
  const { offer, preview, ended, reader, match, applyPath, jsonLd, similar, language, meta } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const trail = [
    { name: t("common:nav.home"), path: `/${language}` },
    { name: t("common:nav.offers"), path: `/${language}/offers` },
    { name: offer.title ?? t("offers:page.untitled"), path: meta.alternates?.[language] ?? meta.path },
  ];
  return (
    <article className="page offer-page" aria-labelledby="offer-title">
      {/* Escaped by jsonLdScriptContent: no text in it can close the script element. */}
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} /> : null}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScriptContent(breadcrumbJsonLd(trail, meta.appUrl)) }}
      />
      <Breadcrumbs trail={trail} />
      {preview ? <OfferPreviewBanner preview={preview} /> : null}
      {ended ? (
        <p className="offer-preview" role="status">
          <strong>{t(`offers:page.ended.${ended.status}`)}</strong> {t("offers:page.endedHint")}
        </p>
      ) : null}
      <header className="offer-header">
        {offer.company.logoPath ? (
          <img
            className="offer-header__logo"
            src={offer.company.logoPath}
            alt={t("offers:page.logoAlt", { company: offer.company.name })}
            width={96}
            height={96}
          />
        ) : null}
        <div>
          <p className="offer-header__company">{offer.company.name}</p>
          <h1 id="offer-title" lang={offer.title ? offer.textLanguage : undefined}>
            {offer.title ?? t("offers:page.untitled")}
          </h1>
          <p className="offer-header__meta">
            {offer.place.name}, {t(`reference:country.${offer.place.country}`)} ·{" "}
            {t("offers:page.number", { number: offer.number })}
          </p>
        </div>
      </header>
      <OfferLanguageNotice offer={offer} />

      <section aria-labelledby="offer-description-title">
        <h2 id="offer-description-title">{t("offers:page.descriptionHeading")}</h2>
        {offer.description ? (
          <OfferDescription text={offer.description} lang={offer.descriptionLanguage} />
        ) : (
          <p className="note">{t("offers:page.noDescription")}</p>
        )}
      </section>

      <section aria-labelledby="offer-facts-title">
        <h2 id="offer-facts-title">{t("offers:page.factsHeading")}</h2>
        <OfferFacts offer={offer} />
      </section>

      {ended ? null : <OfferCallToAction reader={reader} match={match} applyPath={applyPath} language={language} />}

      {similar.length > 0 ? (
        <section aria-labelledby="offer-similar-title">
          <h2 id="offer-similar-title">{t("offers:page.similarHeading")}</h2>
          <OfferCardList offers={similar} language={language} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
