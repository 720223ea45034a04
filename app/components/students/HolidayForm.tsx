import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CountryField } from "~/components/forms/CountryField";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { HOLIDAY_NAME_MAX_LENGTH, schoolHolidaySchema } from "~/modules/students/school-holiday.schema";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

/**
 * Adds a school holiday, or changes the one with `id`: three names, the side and the days. A
 * plain POST without JavaScript; with it, the shared schema checks the form first.
 */
export function HolidayForm({
  id,
  values,
  errors: serverErrors,
}: {
  id: string | null;
  values: FormValues;
  errors: FieldErrors | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(schoolHolidaySchema, serverErrors);
  const busy = useNavigation().state === "submitting";
  const labels = {
    nameDe: t("profile:holidays.fields.nameDe"),
    nameFr: t("profile:holidays.fields.nameFr"),
    nameEn: t("profile:holidays.fields.nameEn"),
    country: t("profile:holidays.fields.country"),
    startsOn: t("profile:holidays.fields.startsOn"),
    endsOn: t("profile:holidays.fields.endsOn"),
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit} className="holiday-form">
        {id ? <input type="hidden" name="id" value={id} /> : null}
        <div className="field-row">
          {(["nameDe", "nameFr", "nameEn"] as const).map((name) => (
            <TextField
              key={name}
              name={name}
              lang={name.slice(4).toLowerCase()}
              label={labels[name]}
              error={errors?.[name]}
              defaultValue={textOf(values, name)}
              maxLength={HOLIDAY_NAME_MAX_LENGTH}
              required
            />
          ))}
        </div>
        <div className="field-row">
          <CountryField label={labels.country} error={errors?.country} value={textOf(values, "country")} />
          <TextField
            type="date"
            name="startsOn"
            label={labels.startsOn}
            error={errors?.startsOn}
            defaultValue={textOf(values, "startsOn")}
            required
          />
          <TextField
            type="date"
            name="endsOn"
            label={labels.endsOn}
            error={errors?.endsOn}
            defaultValue={textOf(values, "endsOn")}
            required
          />
        </div>
        <div className="form-actions">
          <button type="submit" name="intent" value={id ? "update" : "create"} className="button" disabled={busy}>
            {t(id ? "profile:holidays.save" : "profile:holidays.create")}
          </button>
          {id ? (
            <Link to={`/${i18n.language}/staff/holidays`} className="button button--secondary">
              {t("profile:holidays.cancel")}
            </Link>
          ) : null}
        </div>
      </Form>
    </>
  );
}
