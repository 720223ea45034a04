import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import type { FieldErrors, FormValues } from "~/utils/forms";

export interface AgreementFormField {
  key: string;
  kind: string;
  value: string;
}

const DAYS = ["1", "2", "3", "4", "5", "6", "7"];

/**
 * One side's part of an agreement (the school's or the company's), a plain form that works
 * without JavaScript. After a refusal it shows what was typed, each error next to its field.
 */
export function AgreementDetailsForm({
  side,
  fields,
  errors,
  values,
}: {
  side: "school" | "company";
  fields: AgreementFormField[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { t } = useTranslation();
  const valueOf = (field: AgreementFormField) => {
    const typed = values?.[field.key];
    if (typed === undefined) return field.value;
    return Array.isArray(typed) ? typed.join(",") : typed;
  };
  return (
    <section aria-labelledby={`form-${side}`}>
      <h2 id={`form-${side}`}>{t(`agreements:form.${side}`)}</h2>
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="details" />
        <input type="hidden" name="side" value={side} />
        {fields.map((field) => {
          const label = t(`agreements:fields.${field.key}`);
          const error = errors?.[field.key];
          const value = valueOf(field);
          switch (field.kind) {
            case "long":
              return (
                <TextAreaField
                  key={field.key}
                  name={field.key}
                  label={label}
                  error={error}
                  defaultValue={value}
                  rows={3}
                />
              );
            case "learnerStatus":
              return (
                <SelectField key={field.key} name={field.key} label={label} error={error} defaultValue={value}>
                  <option value="pupil">{t("agreements:learnerStatus.pupil")}</option>
                  <option value="apprentice">{t("agreements:learnerStatus.apprentice")}</option>
                </SelectField>
              );
            case "language":
              return (
                <SelectField key={field.key} name={field.key} label={label} error={error} defaultValue={value}>
                  <option value="de">{t("agreements:language.de")}</option>
                  <option value="fr">{t("agreements:language.fr")}</option>
                </SelectField>
              );
            case "days":
              return (
                <fieldset key={field.key} className="field">
                  <legend>{label}</legend>
                  {error ? <p className="field__error">{t(error)}</p> : null}
                  {DAYS.map((day) => (
                    <label key={day} className="field--checkbox">
                      <input
                        type="checkbox"
                        name={field.key}
                        value={day}
                        defaultChecked={value.split(",").includes(day)}
                      />{" "}
                      {t(`agreements:days.${day}`)}
                    </label>
                  ))}
                </fieldset>
              );
            default:
              return (
                <TextField
                  key={field.key}
                  name={field.key}
                  label={label}
                  error={error}
                  defaultValue={value}
                  type={field.kind === "email" ? "email" : "text"}
                  inputMode={field.kind === "hours" || field.kind === "euro" ? "decimal" : undefined}
                  hint={field.kind === "schedule" ? t("agreements:form.scheduleHint") : undefined}
                />
              );
          }
        })}
        <p>
          <button type="submit" className="button">
            {t("agreements:form.save")}
          </button>
        </p>
      </Form>
    </section>
  );
}
