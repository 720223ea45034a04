import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "~/components/forms/ChoiceFields";
import { SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { CEFR_LEVELS } from "~/modules/reference/cefr";
import { listOf, textOf, type FieldErrors, type FormValues } from "~/utils/forms";

export const placementLabels = (t: (key: string) => string) => ({
  titleDe: t("editor:fields.titleDe"),
  descriptionDe: t("editor:fields.descriptionDe"),
  titleFr: t("editor:fields.titleFr"),
  descriptionFr: t("editor:fields.descriptionFr"),
  fields: t("editor:fields.fields"),
  languageLevel: t("editor:fields.languageLevel"),
});

/** Step 2: the placement in German and/or French, its occupational fields and the language level. */
export function PlacementStepFields({
  errors,
  values,
  fields,
}: {
  errors?: FieldErrors;
  values: FormValues;
  fields: { key: string; name: string }[];
}) {
  const { t } = useTranslation();
  const labels = placementLabels(t);
  return (
    <>
      <p className="note">{t("editor:hints.languages")}</p>
      <fieldset className="language-block" lang="de">
        <legend>{t("editor:fields.inGerman")}</legend>
        <TextField
          name="titleDe"
          label={labels.titleDe}
          error={errors?.titleDe}
          defaultValue={textOf(values, "titleDe")}
        />
        <TextAreaField
          name="descriptionDe"
          label={labels.descriptionDe}
          error={errors?.descriptionDe}
          defaultValue={textOf(values, "descriptionDe")}
          rows={8}
        />
      </fieldset>
      <fieldset className="language-block" lang="fr">
        <legend>{t("editor:fields.inFrench")}</legend>
        <TextField
          name="titleFr"
          label={labels.titleFr}
          error={errors?.titleFr}
          defaultValue={textOf(values, "titleFr")}
        />
        <TextAreaField
          name="descriptionFr"
          label={labels.descriptionFr}
          error={errors?.descriptionFr}
          defaultValue={textOf(values, "descriptionFr")}
          rows={8}
        />
      </fieldset>
      <ChoiceGroup
        type="checkbox"
        name="fields"
        legend={labels.fields}
        hint={t("editor:hints.fields")}
        error={errors?.fields}
        options={fields.map((field) => ({ value: field.key, label: field.name }))}
        selected={listOf(values, "fields")}
      />
      <SelectField
        name="languageLevel"
        label={labels.languageLevel}
        hint={t("editor:hints.languageLevel")}
        error={errors?.languageLevel}
        defaultValue={textOf(values, "languageLevel")}
        required
      >
        {CEFR_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`editor:levels.${level}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}
