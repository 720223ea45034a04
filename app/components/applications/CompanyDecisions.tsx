import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/components/forms/FormFields";
import { DECLINE_MESSAGE_MAX } from "~/modules/applications/application.schema";
import type { ApplicationAction } from "~/modules/applications/application-workflow";
import type { FieldErrors } from "~/utils/forms";

/**
 * The company's answers allowed in the current state (actionsFor): shortlist and accept as
 * buttons, decline with an optional message to the student. Each is its own plain POST form.
 */
export function CompanyDecisions({
  actions,
  errors,
}: {
  actions: ApplicationAction[];
  errors: FieldErrors | undefined;
}) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  return (
    <section aria-labelledby="decide-title" className="application-decisions">
      <h2 id="decide-title">{t("applications:companyDetail.actionsHeading")}</h2>
      <ul className="intent-list">
        {actions
          .filter((action) => action === "shortlist" || action === "accept")
          .map((action) => (
            <li key={action}>
              <Form method="post">
                <button type="submit" name="intent" value={action} className="button">
                  {t(`applications:companyDetail.intents.${action}`)}
                </button>
                <span className="intent-list__hint">{t(`applications:companyDetail.intentHints.${action}`)}</span>
              </Form>
            </li>
          ))}
      </ul>
      {actions.includes("decline") ? (
        <Form method="post" className="application-decline">
          <h3>{t("applications:companyDetail.declineHeading")}</h3>
          <TextAreaField
            name="message"
            label={t("applications:companyDetail.declineMessage")}
            hint={t("applications:companyDetail.declineMessageHint", { max: DECLINE_MESSAGE_MAX })}
            error={errors?.message}
            maxLength={DECLINE_MESSAGE_MAX}
            rows={4}
          />
          <button type="submit" name="intent" value="decline" className="button button--danger">
            {t("applications:companyDetail.intents.decline")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
