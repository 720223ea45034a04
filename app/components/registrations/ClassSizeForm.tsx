import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { classSizeSchema, MAX_ADULTS, MAX_PUPILS } from "~/modules/registrations/registration.schema";
import type { FieldErrors, FormValues } from "~/utils/forms";

/** A coordinator changes the class's head count until the deadline. */
export function ClassSizeForm({
  keyValue,
  pupils,
  adults,
  failure,
}: {
  keyValue: string;
  pupils: number;
  adults: number;
  failure?: { errors: FieldErrors; values: FormValues };
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { errors, onSubmit } = useValidatedForm(classSizeSchema, failure?.errors);
  const kept = (name: string, fallback: number) => {
    const value = failure?.values[name];
    return typeof value === "string" ? value : String(fallback);
  };
  const overflow = failure?.values.overflow === "refuse" ? "refuse" : "wait";
  return (
    <Form method="post" noValidate onSubmit={onSubmit} aria-labelledby="size-title" className="registration-form">
      <h2 id="size-title">{t("registrations:size.title")}</h2>
      <p>{t("registrations:size.intro")}</p>
      <input type="hidden" name="key" value={keyValue} />
      <div className="field-row">
        <TextField
          name="pupils"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PUPILS}
          label={t("registrations:fields.pupils")}
          defaultValue={kept("pupils", pupils)}
          error={errors?.pupils}
        />
        <TextField
          name="adults"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ADULTS}
          label={t("registrations:fields.adults")}
          defaultValue={kept("adults", adults)}
          error={errors?.adults}
        />
      </div>
      <fieldset className="field">
        <legend>{t("registrations:size.overflow")}</legend>
        <div className="field--checkbox">
          <input type="radio" id="overflow-wait" name="overflow" value="wait" defaultChecked={overflow === "wait"} />
          <label htmlFor="overflow-wait">{t("registrations:size.wait")}</label>
        </div>
        <div className="field--checkbox">
          <input
            type="radio"
            id="overflow-refuse"
            name="overflow"
            value="refuse"
            defaultChecked={overflow === "refuse"}
          />
          <label htmlFor="overflow-refuse">{t("registrations:size.refuse")}</label>
        </div>
      </fieldset>
      <button type="submit" name="intent" value="class-size" className="button" disabled={busy}>
        {t("registrations:size.save")}
      </button>
    </Form>
  );
}
