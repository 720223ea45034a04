import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { editionSchema, TEXT_MAX_LENGTH, THEME_MAX_LENGTH } from "~/modules/editions/edition.schema";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

const FIELDS = [
  "themeDe",
  "themeFr",
  "themeEn",
  "introDe",
  "introFr",
  "introEn",
  "reviewDe",
  "reviewFr",
  "reviewEn",
  "callOpensOn",
  "callClosesOn",
  "archived",
] as const;

/**
 * An edition's texts, call dates and visibility. A plain POST; with JavaScript the shared schema
 * checks it first. `withYear` adds the year field of a first edition.
 */
export function EditionForm({
  values,
  errors: serverErrors,
  intent,
  withYear = false,
}: {
  values: FormValues;
  errors: FieldErrors | undefined;
  intent?: string;
  withYear?: boolean;
}) {
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(editionSchema, serverErrors);
  const busy = useNavigation().state === "submitting";
  const field = (name: string) => ({
    name,
    label: t(`editions:fields.${name}`),
    error: errors?.[name],
    defaultValue: textOf(values, name),
  });
  const labels = Object.fromEntries(["year", ...FIELDS].map((name) => [name, t(`editions:fields.${name}`)]));
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit} className="event-form">
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        {withYear ? <TextField {...field("year")} inputMode="numeric" pattern="\d{4}" required /> : null}
        <fieldset>
          <legend>{t("editions:staff.texts")}</legend>
          {(["De", "Fr", "En"] as const).map((suffix) => (
            <div key={suffix} lang={suffix.toLowerCase()}>
              <TextField {...field(`theme${suffix}`)} maxLength={THEME_MAX_LENGTH} required={suffix !== "En"} />
              <TextAreaField
                {...field(`intro${suffix}`)}
                rows={6}
                maxLength={TEXT_MAX_LENGTH}
                required={suffix !== "En"}
              />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("editions:staff.call")}</legend>
          <TextField {...field("callOpensOn")} type="date" />
          <TextField {...field("callClosesOn")} type="date" />
        </fieldset>
        <fieldset>
          <legend>{t("editions:staff.review")}</legend>
          {(["De", "Fr", "En"] as const).map((suffix) => (
            <div key={suffix} lang={suffix.toLowerCase()}>
              <TextAreaField {...field(`review${suffix}`)} rows={4} maxLength={TEXT_MAX_LENGTH} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("editions:staff.visibility")}</legend>
          <CheckboxField
            name="published"
            label={t("editions:fields.published")}
            defaultChecked={textOf(values, "published") === "on"}
            error={errors?.published}
          />
          <CheckboxField
            name="archived"
            label={t("editions:fields.archived")}
            defaultChecked={textOf(values, "archived") === "on"}
            error={errors?.archived}
          />
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t("editions:staff.save")}
        </button>
      </Form>
    </>
  );
}
