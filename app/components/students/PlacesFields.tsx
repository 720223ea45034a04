import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField, TextField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import type { OptionGroup } from "./option-groups";
import { MAX_PLACES, MAX_RADIUS_KM } from "~/modules/students/student-profile.schema";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";
import { rowsToShow } from "./form-rows";

/** Where the student would like to go, each town with how far around it, and whether they need a room. */
export function PlacesFields({
  values,
  errors,
  places,
}: {
  values: FormValues;
  errors?: FieldErrors;
  places: OptionGroup[];
}) {
  const { t } = useTranslation();
  const name = (index: number, part: string) => `places.${index}.${part}`;
  return (
    <fieldset className="fieldset" aria-describedby="places-hint">
      <legend>{t("profile:sections.places")}</legend>
      <p className="field__hint" id="places-hint">
        {t("profile:fields.placesHint")}
      </p>
      {errors?.places ? (
        <p className="field__error" id="places" tabIndex={-1}>
          {t(errors.places)}
        </p>
      ) : null}
      {Array.from({ length: rowsToShow(values, "places", MAX_PLACES) }, (_, index) => (
        <fieldset className="period-row" key={index}>
          <legend>{t("profile:fields.place", { number: index + 1 })}</legend>
          <SelectField
            name={name(index, "placeKey")}
            label={t("profile:fields.placeKey", { number: index + 1 })}
            error={errors?.[name(index, "placeKey")]}
            defaultValue={textOf(values, name(index, "placeKey"))}
          >
            <option value="">{t("profile:fields.noPlace")}</option>
            <GroupedOptions groups={places} />
          </SelectField>
          <TextField
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_RADIUS_KM}
            step={5}
            name={name(index, "radiusKm")}
            label={t("profile:fields.radiusKm", { number: index + 1 })}
            error={errors?.[name(index, "radiusKm")]}
            defaultValue={textOf(values, name(index, "radiusKm"))}
          />
        </fieldset>
      ))}
      <CheckboxField
        name="accommodationNeeded"
        label={t("profile:fields.accommodationNeeded")}
        defaultChecked={textOf(values, "accommodationNeeded") === "on"}
      />
    </fieldset>
  );
}
