import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { CheckView } from "~/modules/programmes/programme-view";

const MARKS = { met: "✓", unmet: "✗", check: "?", info: "→" } as const;

/**
 * Programmes checked against a learner and a stay: the verdict, each reason with a mark (and its
 * meaning in words for screen readers), the estimate, the next deadline and how to apply.
 */
export function ProgrammeChecks({ checks, headingLevel = 3 }: { checks: CheckView[]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="programme-checks">
      {checks.map((check) => (
        <li key={check.key} className={`card programme-check programme-check--${check.verdict}`}>
          <Heading>
            <Link to={check.path}>{check.name}</Link>
          </Heading>
          <p className={`badge badge--${check.verdict}`}>{t(`programmes:verdict.${check.verdict}`)}</p>
          <ul className="programme-reasons" aria-label={t("programmes:check.reasons")}>
            {check.reasons.map((reason) => (
              <li key={reason.text} className={`programme-reason programme-reason--${reason.outcome}`}>
                <span aria-hidden="true" className="programme-reason__mark">
                  {MARKS[reason.outcome]}
                </span>{" "}
                {reason.text} <span className="visually-hidden">({t(`programmes:outcome.${reason.outcome}`)})</span>
              </li>
            ))}
          </ul>
          {check.verdict !== "notEligible" ? (
            <dl className="facts">
              {check.estimate ? (
                <div>
                  <dt>{t("programmes:check.estimate")}</dt>
                  <dd>
                    {check.estimate}{" "}
                    <span className="muted">
                      ({t("programmes:card.asOf")} <time dateTime={check.asOf.iso}>{check.asOf.text}</time>)
                    </span>
                  </dd>
                </div>
              ) : null}
              {check.nextDeadline ? (
                <div>
                  <dt>{t("programmes:check.nextDeadline")}</dt>
                  <dd>
                    <time dateTime={check.nextDeadline.iso}>{check.nextDeadline.text}</time>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t("programmes:check.nextStep")}</dt>
                <dd>
                  {check.applicant}. {check.where}
                </dd>
              </div>
            </dl>
          ) : null}
          {check.toBeChecked && check.verdict !== "notEligible" ? (
            <p className="note">{t("programmes:card.toBeChecked")}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
