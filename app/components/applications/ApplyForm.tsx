import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, SelectField, TextAreaField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import {
  applySchema,
  MOTIVATION_LANGUAGES,
  MOTIVATION_MAX,
  MOTIVATION_MIN,
} from "~/modules/applications/application.schema";
import type { FieldErrors, FormValues } from "~/utils/forms";
import { textOf } from "~/utils/forms";

interface Period {
  id: string;
  text: string;
  freePlaces: number;
}

/**
 * The application: one period of the offer, the letter to the company in German or French, and
 * the CV from the profile if the student has one. A plain POST; the same schema checks it in the
 * browser first.
 */
export function ApplyForm({
  periods,
  cv,
  defaults,
  failure,
}: {
  periods: Period[];
  cv: { name: string | null } | null;
  defaults: { periodId: string; motivationLanguage: string };
  failure: { errors: FieldErrors; values: FormValues } | undefined;
}) {
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(applySchema, failure?.errors);
  const values = failure?.values;
  const value = (name: string, fallback: string) => (values ? textOf(values, name) : fallback);
  const labels = {
    periodId: t("applications:apply.period"),
    motivation: t("applications:apply.motivation"),
    motivationLanguage: t("applications:apply.motivationLanguage"),
    includeCv: t("applications:apply.includeCv"),
  };
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="apply-form">
      <ErrorSummary errors={errors} labels={labels} />
      <SelectField
        name="periodId"
        label={labels.periodId}
        error={errors?.periodId}
        defaultValue={value("periodId", defaults.periodId)}
        required
      >
        {periods.map((period) => (
          <option key={period.id} value={period.id}>
            {t("applications:apply.periodOption", { period: period.text, count: period.freePlaces })}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="motivationLanguage"
        label={labels.motivationLanguage}
        error={errors?.motivationLanguage}
        defaultValue={value("motivationLanguage", defaults.motivationLanguage)}
      >
        {MOTIVATION_LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`applications:apply.languages.${language}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="motivation"
        label={labels.motivation}
        hint={t("applications:apply.motivationHint", { min: MOTIVATION_MIN, max: MOTIVATION_MAX })}
        error={errors?.motivation}
        defaultValue={value("motivation", "")}
        rows={12}
        maxLength={MOTIVATION_MAX}
        required
      />
      {cv ? (
        <CheckboxField
          name="includeCv"
          label={cv.name ? t("applications:apply.includeCvNamed", { name: cv.name }) : labels.includeCv}
          error={errors?.includeCv}
          defaultChecked={textOf(values, "includeCv") === "on"}
        />
      ) : (
        <p className="note">{t("applications:apply.noCv")}</p>
      )}
      <p className="form-actions">
        <button type="submit" className="button">
          {t("applications:apply.submit")}
        </button>
      </p>
    </Form>
  );
}
