import { useTranslation } from "react-i18next";
import { CheckboxField, TextField } from "~/components/forms/FormFields";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

/** The optional CV: a PDF of at most 5 MB, checked by the server; left empty, the stored one stays. */
export function CvFields({
  cv,
  values,
  errors,
}: {
  cv: { name: string; on: { iso: string; text: string } } | null;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t("profile:sections.cv")}</legend>
      {cv ? (
        <p className="note">
          {t("profile:fields.currentCv", { name: cv.name })} <time dateTime={cv.on.iso}>{cv.on.text}</time>
        </p>
      ) : (
        <p className="note">{t("profile:fields.noCv")}</p>
      )}
      <TextField
        name="cv"
        type="file"
        accept="application/pdf,.pdf"
        label={t(cv ? "profile:fields.replaceCv" : "profile:fields.cv")}
        hint={t("profile:fields.cvHint")}
        error={errors?.cv}
      />
      {cv ? (
        <CheckboxField
          name="removeCv"
          label={t("profile:fields.removeCv")}
          defaultChecked={textOf(values, "removeCv") === "on"}
        />
      ) : null}
    </fieldset>
  );
}
