import { Link } from "@remix-run/react";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { HighlightedText } from "~/components/search/HighlightedText";
import type { Language } from "~/modules/i18n/languages";
import type { OfferCardData } from "~/modules/offers/offer-cards.server";
import type { Highlighted } from "~/modules/search/search-index";

/** "4 Wochen" or "3–6 Wochen". */
export function weeksText(t: TFunction, minWeeks: number, maxWeeks: number): string {
  return minWeeks === maxWeeks
    ? t("offers:card.weeks", { count: maxWeeks })
    : t("offers:card.weeksRange", { min: minWeeks, max: maxWeeks });
}

/**
 * One offer in a list: its title (marked, and tagged with `lang`, when it is in the other
 * language), company, place and duration. The title is the link, so a screen reader's list of
 * links reads as a list of offers. Search results pass the title with the matched words marked,
 * and more facts as children.
 */
export function OfferCard({
  offer,
  language,
  headingLevel = 2,
  titleMarks,
  children,
}: {
  offer: OfferCardData;
  language: Language;
  headingLevel?: 2 | 3;
  titleMarks?: Highlighted;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="offer-card">
      <Heading className="offer-card__title">
        <Link to={offer.path} lang={offer.titleLanguage}>
          {titleMarks && offer.title ? (
            <HighlightedText parts={titleMarks} />
          ) : (
            offer.title || t("offers:page.untitled")
          )}
        </Link>
      </Heading>
      {offer.titleLanguage !== language ? (
        <p className="offer-card__language">{t(`offers:card.inLanguage.${offer.titleLanguage}`)}</p>
      ) : null}
      <p className="offer-card__company">{offer.company}</p>
      <p className="offer-card__meta">
        {offer.place}, {t(`reference:country.${offer.country}`)} · {weeksText(t, offer.minWeeks, offer.maxWeeks)}
      </p>
      {children}
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
