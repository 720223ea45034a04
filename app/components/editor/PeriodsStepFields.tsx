import { useTranslation } from "react-i18next";
import { TextField } from "~/components/forms/FormFields";
import { MAX_PERIODS } from "~/modules/offers/offer-steps.schema";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

/** How many period rows the values hold (`periods.N.*`). */
function rowCount(values: FormValues): number {
  const indexes = Object.keys(values)
    .map((key) => /^periods\.(\d+)\./.exec(key)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  return indexes.length === 0 ? 0 : Math.max(...indexes) + 1;
}

export function periodsLabels(t: (key: string, options?: Record<string, unknown>) => string, values: FormValues) {
  const labels: Record<string, string> = {
    minWeeks: t("editor:fields.minWeeks"),
    maxWeeks: t("editor:fields.maxWeeks"),
    applicationDeadline: t("editor:fields.applicationDeadline"),
  };
  for (let index = 0; index <= rowCount(values); index++) {
    for (const part of ["startsOn", "endsOn", "places"]) {
      labels[`periods.${index}.${part}`] = t(`editor:fields.period.${part}`, { number: index + 1 });
    }
  }
  return labels;
}

/**
 * Step 3: hosting periods and durations. Without JavaScript a form cannot grow, so the saved
 * periods are shown with one empty row below; "save and add another" (AddPeriodButton, placed
 * after the main button so Enter still means "save and continue") saves and offers a new one.
 */
export function PeriodsStepFields({
  errors,
  values,
  today,
}: {
  errors?: FieldErrors;
  values: FormValues;
  today: string;
}) {
  const { t } = useTranslation();
  const rows = Math.min(rowCount(values) + 1, MAX_PERIODS);
  const field = (index: number, part: string) => `periods.${index}.${part}`;
  return (
    <>
      {errors?.periods ? (
        <p className="field__error" id="periods">
          {t(errors.periods)}
        </p>
      ) : null}
      {Array.from({ length: rows }, (_, index) => (
        <fieldset className="period-row" key={index}>
          <legend>{t("editor:fields.period.legend", { number: index + 1 })}</legend>
          <TextField
            type="date"
            min={today}
            name={field(index, "startsOn")}
            label={t("editor:fields.period.startsOn", { number: index + 1 })}
            error={errors?.[field(index, "startsOn")]}
            defaultValue={textOf(values, field(index, "startsOn"))}
          />
          <TextField
            type="date"
            min={today}
            name={field(index, "endsOn")}
            label={t("editor:fields.period.endsOn", { number: index + 1 })}
            error={errors?.[field(index, "endsOn")]}
            defaultValue={textOf(values, field(index, "endsOn"))}
          />
          <TextField
            type="number"
            min={1}
            max={50}
            inputMode="numeric"
            name={field(index, "places")}
            label={t("editor:fields.period.places", { number: index + 1 })}
            error={errors?.[field(index, "places")]}
            defaultValue={textOf(values, field(index, "places"))}
          />
        </fieldset>
      ))}
      <div className="field-row">
        <TextField
          type="number"
          min={1}
          max={52}
          name="minWeeks"
          label={t("editor:fields.minWeeks")}
          error={errors?.minWeeks}
          defaultValue={textOf(values, "minWeeks")}
          required
        />
        <TextField
          type="number"
          min={1}
          max={52}
          name="maxWeeks"
          label={t("editor:fields.maxWeeks")}
          error={errors?.maxWeeks}
          defaultValue={textOf(values, "maxWeeks")}
          required
        />
      </div>
      <TextField
        type="date"
        min={today}
        name="applicationDeadline"
        label={t("editor:fields.applicationDeadline")}
        hint={t("editor:hints.applicationDeadline")}
        error={errors?.applicationDeadline}
        defaultValue={textOf(values, "applicationDeadline")}
      />
    </>
  );
}

/** Saves the step and comes back to it with one more empty row, while there is room for one. */
export function AddPeriodButton({ values }: { values: FormValues }) {
  const { t } = useTranslation();
  if (rowCount(values) + 1 >= MAX_PERIODS) return null;
  return (
    <button type="submit" name="intent" value="addPeriod" className="button button--secondary">
      {t("editor:actions.addPeriod")}
    </button>
  );
}
