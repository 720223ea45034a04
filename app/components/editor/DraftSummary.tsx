import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DraftOffer } from "~/modules/offers/offer-draft-values";
import type { DraftProblems } from "~/modules/offers/offer-drafts.server";
import { EDITABLE_STEPS, type EditableStep } from "~/modules/offers/offer-steps.schema";
import type { OptionGroup } from "~/modules/reference/reference-options.server";
import { weekdayNames } from "./ConditionsStepFields";

/**
 * The review step: everything the company entered, step by step, with what still needs doing
 * and a link back to each step. What is shown is what staff and, later, students will read.
 */
export function DraftSummary({
  language,
  offerId,
  draft,
  problems,
  places,
  fields,
}: {
  language: string;
  offerId: string;
  draft: DraftOffer;
  problems: DraftProblems;
  places: OptionGroup[];
  fields: { key: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const none = t("editor:review.empty");
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  const date = (iso: string | null) => (iso ? dateFormat.format(new Date(`${iso}T00:00:00Z`)) : none);
  const placeName = places.flatMap((group) => group.options).find((option) => option.value === draft.placeKey)?.label;
  const fieldName = (key: string) => fields.find((field) => field.key === key)?.name ?? key;
  const days = weekdayNames(i18n.language);
  const sections: Record<EditableStep, [string, ReactNode][]> = {
    company: [
      [t("editor:fields.placeKey"), placeName ?? none],
      [t("editor:fields.address"), draft.address || none],
      [t("editor:fields.tutorName"), draft.tutorName || none],
    ],
    placement: [
      [
        t("editor:fields.titleDe"),
        <span lang="de" key="td">
          {draft.titleDe ?? none}
        </span>,
      ],
      [
        t("editor:fields.titleFr"),
        <span lang="fr" key="tf">
          {draft.titleFr ?? none}
        </span>,
      ],
      [t("editor:fields.fields"), draft.fieldKeys.map(fieldName).join(", ") || none],
      [t("editor:fields.languageLevel"), t(`editor:levels.${draft.languageLevel}`)],
    ],
    periods: [
      [
        t("editor:review.periods"),
        draft.periods.length === 0 ? (
          none
        ) : (
          <ul key="periods">
            {draft.periods.map((period) => (
              <li key={period.startsOn}>
                {t("editor:review.period", {
                  from: date(period.startsOn),
                  to: date(period.endsOn),
                  count: period.places,
                })}
              </li>
            ))}
          </ul>
        ),
      ],
      [t("editor:review.duration"), t("editor:review.weeks", { min: draft.minWeeks, max: draft.maxWeeks })],
      [t("editor:fields.applicationDeadline"), date(draft.applicationDeadline)],
    ],
    conditions: [
      [
        t("editor:fields.minorsWelcome"),
        draft.minorsWelcome ? t("editor:review.minorsFrom", { age: draft.minAge }) : t("editor:review.adultsOnly"),
      ],
      [t("editor:review.hours"), t("editor:review.hoursValue", { day: draft.hoursPerDay, week: draft.hoursPerWeek })],
      [
        t("editor:fields.workDays"),
        days
          .filter((day) => draft.workDays.includes(Number(day.value)))
          .map((day) => day.label)
          .join(", "),
      ],
      [t("editor:fields.accommodation"), t(`editor:accommodation.${draft.accommodation}`)],
      [
        t("editor:fields.allowanceEuroMonth"),
        draft.allowanceEuroMonth === null
          ? t("editor:review.noAllowance")
          : new Intl.NumberFormat(i18n.language, {
              style: "currency",
              currency: "EUR",
              maximumFractionDigits: 0,
            }).format(draft.allowanceEuroMonth),
      ],
    ],
  };
  return (
    <div className="draft-summary">
      {EDITABLE_STEPS.map((step) => {
        const stepProblems = Object.values(problems[step] ?? {});
        return (
          <section key={step} aria-labelledby={`summary-${step}`} className="draft-summary__section">
            <h2 id={`summary-${step}`}>{t(`editor:steps.${step}`)}</h2>
            {stepProblems.length > 0 ? (
              <div className="draft-summary__problems">
                <p>{t("editor:review.stepTodo")}</p>
                <ul>
                  {stepProblems.map((message) => (
                    <li key={message}>{t(message)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <dl className="facts">
              {sections[step].map(([term, value]) => (
                <div key={term}>
                  <dt>{term}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
            <p>
              <Link to={`/${language}/company/offers/${offerId}/${step}`}>
                {t("editor:review.change", { step: t(`editor:steps.${step}`) })}
              </Link>
            </p>
          </section>
        );
      })}
    </div>
  );
}
