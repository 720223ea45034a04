import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "~/components/forms/ChoiceFields";
import { TextField } from "~/components/forms/FormFields";
import { ACCOMMODATIONS } from "~/modules/offers/offer-steps.schema";
import { listOf, textOf, type FieldErrors, type FormValues } from "~/utils/forms";

export const conditionsLabels = (t: (key: string) => string) => ({
  minorsWelcome: t("editor:fields.minorsWelcome"),
  minAge: t("editor:fields.minAge"),
  hoursPerDay: t("editor:fields.hoursPerDay"),
  hoursPerWeek: t("editor:fields.hoursPerWeek"),
  workDays: t("editor:fields.workDays"),
  accommodation: t("editor:fields.accommodation"),
  allowanceEuroMonth: t("editor:fields.allowanceEuroMonth"),
});

/** ISO weekday numbers with their names in the page's language (2024-01-01 was a Monday). */
export function weekdayNames(language: string): { value: string; label: string }[] {
  const format = new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" });
  return [1, 2, 3, 4, 5, 6, 7].map((day) => ({
    value: String(day),
    label: format.format(new Date(Date.UTC(2024, 0, day))),
  }));
}

/** Step 4: who may come, how long they work, where they sleep and what they are paid. */
export function ConditionsStepFields({ errors, values }: { errors?: FieldErrors; values: FormValues }) {
  const { t, i18n } = useTranslation();
  const labels = conditionsLabels(t);
  return (
    <>
      <ChoiceGroup
        type="radio"
        inline
        name="minorsWelcome"
        legend={labels.minorsWelcome}
        hint={t("editor:hints.minorsWelcome")}
        error={errors?.minorsWelcome}
        options={[
          { value: "yes", label: t("editor:answers.yes") },
          { value: "no", label: t("editor:answers.no") },
        ]}
        selected={[textOf(values, "minorsWelcome")]}
      />
      <TextField
        type="number"
        min={14}
        max={17}
        name="minAge"
        label={labels.minAge}
        hint={t("editor:hints.minAge")}
        error={errors?.minAge}
        defaultValue={textOf(values, "minAge")}
      />
      <div className="field-row">
        <TextField
          type="number"
          min={1}
          max={12}
          step={0.25}
          inputMode="decimal"
          name="hoursPerDay"
          label={labels.hoursPerDay}
          error={errors?.hoursPerDay}
          defaultValue={textOf(values, "hoursPerDay")}
          required
        />
        <TextField
          type="number"
          min={1}
          max={60}
          step={0.5}
          inputMode="decimal"
          name="hoursPerWeek"
          label={labels.hoursPerWeek}
          error={errors?.hoursPerWeek}
          defaultValue={textOf(values, "hoursPerWeek")}
          required
        />
      </div>
      <ChoiceGroup
        type="checkbox"
        inline
        name="workDays"
        legend={labels.workDays}
        error={errors?.workDays}
        options={weekdayNames(i18n.language)}
        selected={listOf(values, "workDays")}
      />
      <ChoiceGroup
        type="radio"
        name="accommodation"
        legend={labels.accommodation}
        error={errors?.accommodation}
        options={ACCOMMODATIONS.map((value) => ({ value, label: t(`editor:accommodation.${value}`) }))}
        selected={[textOf(values, "accommodation")]}
      />
      <TextField
        type="number"
        min={0}
        max={5000}
        inputMode="numeric"
        name="allowanceEuroMonth"
        label={labels.allowanceEuroMonth}
        hint={t("editor:hints.allowance")}
        error={errors?.allowanceEuroMonth}
        defaultValue={textOf(values, "allowanceEuroMonth")}
      />
    </>
  );
}
