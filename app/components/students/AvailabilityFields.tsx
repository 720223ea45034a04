import { useTranslation } from "react-i18next";
import { TextField } from "~/components/forms/FormFields";
import { MAX_AVAILABILITY } from "~/modules/students/student-profile.schema";
import { listOf, textOf, type FieldErrors, type FormValues } from "~/utils/forms";
import { rowsToShow } from "./form-rows";

export interface PresetOption {
  id: string;
  name: string;
  /** The holiday's days as the reader writes them ("19 Dec 2026 – 3 Jan 2027"). */
  dates: string;
}

/**
 * Availability windows as date rows (a row left empty adds nothing; emptying a row removes it),
 * and the school holidays of the student's side as presets: a ticked holiday becomes a window on
 * saving, so this works without JavaScript.
 */
export function AvailabilityFields({
  values,
  errors,
  presets,
  today,
  lastDay,
}: {
  values: FormValues;
  errors?: FieldErrors;
  presets: PresetOption[];
  today: string;
  lastDay: string;
}) {
  const { t } = useTranslation();
  const name = (index: number, part: string) => `availability.${index}.${part}`;
  const ticked = listOf(values, "holidayPresets");
  return (
    <fieldset className="fieldset" aria-describedby="availability-hint">
      <legend>{t("profile:sections.availability")}</legend>
      <p className="field__hint" id="availability-hint">
        {t("profile:fields.availabilityHint")}
      </p>
      {errors?.availability ? (
        <p className="field__error" id="availability" tabIndex={-1}>
          {t(errors.availability)}
        </p>
      ) : null}
      {Array.from({ length: rowsToShow(values, "availability", MAX_AVAILABILITY) }, (_, index) => (
        <fieldset className="period-row" key={index}>
          <legend>{t("profile:fields.window", { number: index + 1 })}</legend>
          <TextField
            type="date"
            min={today}
            max={lastDay}
            name={name(index, "startsOn")}
            label={t("profile:fields.windowStartsOn", { number: index + 1 })}
            error={errors?.[name(index, "startsOn")]}
            defaultValue={textOf(values, name(index, "startsOn"))}
          />
          <TextField
            type="date"
            min={today}
            max={lastDay}
            name={name(index, "endsOn")}
            label={t("profile:fields.windowEndsOn", { number: index + 1 })}
            error={errors?.[name(index, "endsOn")]}
            defaultValue={textOf(values, name(index, "endsOn"))}
          />
        </fieldset>
      ))}
      {presets.length > 0 ? (
        <fieldset className="choice-group" aria-describedby="holidayPresets-hint">
          <legend>{t("profile:fields.presets")}</legend>
          <p className="field__hint" id="holidayPresets-hint">
            {t("profile:fields.presetsHint")}
          </p>
          {errors?.holidayPresets ? <p className="field__error">{t(errors.holidayPresets)}</p> : null}
          <div className="choice-group__options">
            {presets.map((preset, index) => {
              const id = index === 0 ? "holidayPresets" : `holidayPresets-${preset.id}`;
              return (
                <div className="choice" key={preset.id}>
                  <input
                    id={id}
                    type="checkbox"
                    name="holidayPresets"
                    value={preset.id}
                    defaultChecked={ticked.includes(preset.id)}
                  />
                  <label htmlFor={id}>
                    {preset.name} <span className="muted">({preset.dates})</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ) : null}
    </fieldset>
  );
}
