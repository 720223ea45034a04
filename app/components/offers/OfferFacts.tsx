import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { OfferView } from "~/modules/offers/public-offer-page.server";
import { weeksText } from "./OfferCard";

/**
 * The facts of an offer as one description list: a term per fact, so screen readers announce
 * "Dauer: 4 Wochen" and the list reads the same in every language. Dates and numbers arrive
 * formatted by the loader.
 */
export function OfferFacts({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  const website = offer.company.website;
  const facts: [string, string, ReactNode][] = [["company", t("offers:facts.company"), offer.company.name]];
  if (website) {
    facts.push([
      "website",
      t("offers:facts.website"),
      <a key="website" href={website} rel="noopener noreferrer nofollow">
        {website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
      </a>,
    ]);
  }
  facts.push(
    ["place", t("offers:facts.place"), `${offer.place.name}, ${t(`reference:country.${offer.place.country}`)}`],
    ["address", t("offers:facts.address"), offer.address],
    [
      "fields",
      t("offers:facts.fields"),
      <ul key="fields" className="offer-facts__list">
        {offer.fields.map((field) => (
          <li key={field.key}>{field.name}</li>
        ))}
      </ul>,
    ],
    [
      "periods",
      t("offers:facts.periods"),
      offer.periods.length > 0 ? (
        <ul key="periods" className="offer-facts__list">
          {offer.periods.map((period) => (
            <li key={period.start}>
              {period.text} – {t("offers:values.places", { count: period.places })}
            </li>
          ))}
        </ul>
      ) : (
        t("offers:values.noPeriods")
      ),
    ],
    ["duration", t("offers:facts.duration"), weeksText(t, offer.minWeeks, offer.maxWeeks)],
    [
      "level",
      t("offers:facts.languageLevel"),
      t(`offers:values.level.${offer.languageLevel.language}`, {
        level: offer.languageLevel.level,
        name: t(`offers:cefr.${offer.languageLevel.level}`),
      }),
    ],
    [
      "age",
      t("offers:facts.age"),
      offer.minorsWelcome
        ? t("offers:values.minorsWelcome", { age: offer.minAge })
        : t("offers:values.adultsOnly", { age: Math.max(18, offer.minAge) }),
    ],
    [
      "hours",
      t("offers:facts.hours"),
      t("offers:values.hours", { perDay: offer.hoursPerDay, perWeek: offer.hoursPerWeek }),
    ],
    ["workDays", t("offers:facts.workDays"), offer.workDays],
    ["accommodation", t("offers:facts.accommodation"), t(`offers:accommodation.${offer.accommodation}`)],
    [
      "allowance",
      t("offers:facts.allowance"),
      offer.allowance ? t("offers:values.allowance", { amount: offer.allowance }) : t("offers:values.noAllowance"),
    ],
    ["tutor", t("offers:facts.tutor"), offer.tutorName],
    [
      "deadline",
      t("offers:facts.deadline"),
      offer.deadline ? (
        <time key="deadline" dateTime={offer.deadline.iso}>
          {offer.deadline.text}
        </time>
      ) : (
        t("offers:values.noDeadline")
      ),
    ],
  );
  return (
    <dl className="offer-facts">
      {facts.map(([key, term, value]) => (
        <div key={key} className="offer-facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
