import { Link } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";
import type { OfferCardData } from "~/modules/offers/offer-list.server";

/** "4 Wochen" or "3–6 Wochen". */
export function weeksText(t: TFunction, minWeeks: number, maxWeeks: number): string {
  return minWeeks === maxWeeks
    ? t("offers:card.weeks", { count: maxWeeks })
    : t("offers:card.weeksRange", { min: minWeeks, max: maxWeeks });
}

/**
 * One offer in a list: its title (marked, and tagged with `lang`, when it is in the other
 * language), company, place and duration. The title is the link, so a screen reader's list of
 * links reads as a list of offers.
 */
export function OfferCard({
  offer,
  language,
  headingLevel = 2,
}: {
  offer: OfferCardData;
  language: Language;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="offer-card">
      <Heading className="offer-card__title">
        <Link to={offer.path} lang={offer.titleLanguage}>
          {offer.title || t("offers:page.untitled")}
        </Link>
      </Heading>
      {offer.titleLanguage !== language ? (
        <p className="offer-card__language">{t(`offers:card.inLanguage.${offer.titleLanguage}`)}</p>
      ) : null}
      <p className="offer-card__company">{offer.company}</p>
      <p className="offer-card__meta">
        {offer.place}, {t(`reference:country.${offer.country}`)} · {weeksText(t, offer.minWeeks, offer.maxWeeks)}
      </p>
    </article>
  );
}

export function OfferCardList({
  offers,
  language,
  headingLevel = 2,
}: {
  offers: OfferCardData[];
  language: Language;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="offer-cards">
      {offers.map((offer) => (
        <li key={offer.number}>
          <OfferCard offer={offer} language={language} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
