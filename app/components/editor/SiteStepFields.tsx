import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import type { OptionGroup } from "~/modules/reference/reference-options.server";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

export const siteLabels = (t: (key: string) => string) => ({
  placeKey: t("editor:fields.placeKey"),
  address: t("editor:fields.address"),
  tutorName: t("editor:fields.tutorName"),
});

/** Step 1: where the placement happens and who looks after the student there. */
export function SiteStepFields({
  errors,
  values,
  places,
}: {
  errors?: FieldErrors;
  values: FormValues;
  places: OptionGroup[];
}) {
  const { t } = useTranslation();
  const labels = siteLabels(t);
  return (
    <>
      <SelectField
        name="placeKey"
        label={labels.placeKey}
        error={errors?.placeKey}
        defaultValue={textOf(values, "placeKey")}
        required
      >
        <option value="">{t("auth:fields.choose")}</option>
        <GroupedOptions groups={places} />
      </SelectField>
      <TextField
        name="address"
        label={labels.address}
        hint={t("editor:hints.address")}
        error={errors?.address}
        defaultValue={textOf(values, "address")}
        autoComplete="street-address"
        required
      />
      <TextField
        name="tutorName"
        label={labels.tutorName}
        hint={t("editor:hints.tutorName")}
        error={errors?.tutorName}
        defaultValue={textOf(values, "tutorName")}
        required
      />
    </>
  );
}
