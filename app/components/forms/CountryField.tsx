import { useTranslation } from "react-i18next";
import { SelectField } from "./FormFields";

/** Lower Saxony or Normandy: the two sides of the partnership. */
export function CountryField({ label, error, value }: { label: string; error?: string; value?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField name="country" label={label} error={error} defaultValue={value ?? ""} required>
      <option value="">{t("auth:fields.choose")}</option>
      <option value="DE">{t("reference:region.DE")}</option>
      <option value="FR">{t("reference:region.FR")}</option>
    </SelectField>
  );
}
