import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OFFER_STEPS, type OfferStep } from "~/modules/offers/offer-steps.schema";

/**
 * The editor's steps as an ordered list. Every step can be opened in any order (each saves on its
 * own); a step that still has problems says so in words, not only in colour.
 */
export function StepNav({
  language,
  offerId,
  current,
  incomplete,
}: {
  language: string;
  offerId: string | null;
  current: OfferStep;
  incomplete: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <nav className="step-nav" aria-label={t("editor:steps.label")}>
      <ol>
        {OFFER_STEPS.map((step, index) => {
          const label = t(`editor:steps.${step}`);
          const state = step === "review" ? null : incomplete.includes(step) ? "todo" : "done";
          const content = (
            <>
              <span className="step-nav__number">{index + 1}</span> {label}
              {state && offerId ? (
                <span className={`step-nav__state step-nav__state--${state}`}>{t(`editor:steps.${state}`)}</span>
              ) : null}
            </>
          );
          return (
            <li key={step} className={step === current ? "step-nav__current" : undefined}>
              {offerId && step !== current ? (
                <Link to={`/${language}/company/offers/${offerId}/${step}`}>{content}</Link>
              ) : (
                <span aria-current={step === current ? "step" : undefined}>{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
