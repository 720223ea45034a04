import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "~/components/forms/ChoiceFields";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import {
  APPLICANTS,
  AUDIENCES,
  CEFR,
  COVERED_COSTS,
  DIRECTIONS,
  DURATION_UNITS,
  FORMATS,
  RESIDENCE_RULES,
  FUNDERS,
  GRANT_PERIODS,
  LANGUAGE_RULES,
  TRAVEL_RULES,
} from "~/modules/programmes/programme-content";
import { listOf, textOf, type FieldErrors, type FormValues } from "~/utils/forms";

const DEADLINE_KINDS = ["fixed", "rolling", "beforeDeparture"] as const;

/**
 * The staff form of one programme; it posts without JavaScript and the server checks everything.
 * A new programme also asks for its address (`withKey`); a stored one keeps the address it has.
 */
export function ProgrammeForm({
  values,
  errors,
  withKey = false,
}: {
  values: FormValues;
  errors: FieldErrors | undefined;
  withKey?: boolean;
}) {
  const { t } = useTranslation();
  const value = (name: string) => textOf(values, name);
  const label = (name: string) => t(`programmes:staff.${name}`);
  const text = (name: string, props: Record<string, unknown> = {}) => (
    <TextField name={name} label={label(name)} defaultValue={value(name)} error={errors?.[name]} {...props} />
  );
  const number = (name: string) => text(name, { type: "number", min: 0, inputMode: "numeric" });
  const select = (
    name: string,
    options: readonly string[],
    optionLabel: (option: string) => string,
    empty?: string,
  ) => (
    <SelectField name={name} label={label(name)} defaultValue={value(name)} error={errors?.[name]}>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {options.map((option) => (
        <option key={option} value={option}>
          {optionLabel(option)}
        </option>
      ))}
    </SelectField>
  );
  const area = (name: string) => (
    <TextAreaField name={name} label={label(name)} defaultValue={value(name)} error={errors?.[name]} rows={3} />
  );
  const deadlineRows = Object.keys(values).filter((key) => /^deadlines\.\d+\.kind$/.test(key)).length;
  const labels = Object.fromEntries(Object.keys(errors ?? {}).map((field) => [field, field]));
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate className="programme-form">
        <input type="hidden" name="version" value={value("version")} />
        {withKey
          ? text("key", {
              hint: t("programmes:staff.keyHint"),
              autoCapitalize: "none",
              spellCheck: false,
              maxLength: 60,
            })
          : null}
        <fieldset>
          <legend>{label("names")}</legend>
          {text("nameDe")}
          {text("nameFr")}
          {text("nameEn")}
          {area("summaryDe")}
          {area("summaryFr")}
          {area("summaryEn")}
          {select("funder", FUNDERS, (option) => t(`programmes:funder.${option}`))}
        </fieldset>
        <fieldset>
          <legend>{label("who")}</legend>
          <ChoiceGroup
            name="audiences"
            legend={label("audiences")}
            type="checkbox"
            selected={listOf(values, "audiences")}
            error={errors?.audiences}
            options={AUDIENCES.map((audience) => ({ value: audience, label: t(`programmes:audience.${audience}`) }))}
          />
          {number("ageMin")}
          {number("ageMax")}
          {select("languageRule", LANGUAGE_RULES, (option) =>
            t(`programmes:languageRule.${option}`, { level: "…", years: "…" }),
          )}
          {select("languageLevel", CEFR, (option) => option, "–")}
          {number("languageYears")}
        </fieldset>
        <fieldset>
          <legend>{label("stay")}</legend>
          {select("direction", DIRECTIONS, (option) => t(`programmes:direction.${option}`))}
          {select("format", FORMATS, (option) => t(`programmes:format.${option}`))}
          {select("residence", RESIDENCE_RULES, (option) => t(`programmes:residence.${option}`))}
          {number("groupMin")}
          {number("durationMinValue")}
          {select("durationMinUnit", DURATION_UNITS, (option) => t(`programmes:unitName.${option}`))}
          {number("durationMaxValue")}
          {select("durationMaxUnit", DURATION_UNITS, (option) => t(`programmes:unitName.${option}`))}
          {number("apprenticeMinWeeks")}
        </fieldset>
        <fieldset>
          <legend>{label("grant")}</legend>
          {number("grantAmount")}
          {number("grantAmountFrom")}
          {select("grantPer", GRANT_PERIODS, (option) => t(`programmes:staff.per.${option}`))}
          {number("grantMaximum")}
          {select("travel", TRAVEL_RULES, (option) => t(`programmes:travel.${option}`))}
          <ChoiceGroup
            name="covers"
            legend={label("covers")}
            type="checkbox"
            selected={listOf(values, "covers")}
            error={errors?.covers}
            options={COVERED_COSTS.map((cost) => ({ value: cost, label: t(`programmes:covers.${cost}`) }))}
          />
        </fieldset>
        <fieldset>
          <legend>{label("apply")}</legend>
          {select("applicant", APPLICANTS, (option) => t(`programmes:applicant.${option}`))}
          {area("whereDe")}
          {area("whereFr")}
          {area("whereEn")}
          <fieldset className="field">
            <legend>{label("deadlines")}</legend>
            {errors?.deadlines ? (
              <p className="field__error" id="deadlines">
                {t(errors.deadlines)}
              </p>
            ) : null}
            {Array.from({ length: Math.max(deadlineRows, 1) }, (_, index) => {
              const number = index + 1;
              return (
                <div key={index} className="deadline-row">
                  <SelectField
                    name={`deadlines.${index}.kind`}
                    label={t("programmes:staff.deadlineKind", { number })}
                    defaultValue={value(`deadlines.${index}.kind`)}
                  >
                    <option value="">{t("programmes:staff.deadlineNone")}</option>
                    {DEADLINE_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`programmes:deadline.${kind}`, { date: "…", weeks: "…" })}
                      </option>
                    ))}
                  </SelectField>
                  <TextField
                    name={`deadlines.${index}.date`}
                    type="date"
                    label={t("programmes:staff.deadlineDate", { number })}
                    defaultValue={value(`deadlines.${index}.date`)}
                  />
                  <TextField
                    name={`deadlines.${index}.weeks`}
                    type="number"
                    min={1}
                    label={t("programmes:staff.deadlineWeeks", { number })}
                    defaultValue={value(`deadlines.${index}.weeks`)}
                  />
                </div>
              );
            })}
          </fieldset>
          {text("link", { type: "url" })}
        </fieldset>
        <fieldset>
          <legend>{label("facts")}</legend>
          {text("factsAsOf", { type: "date" })}
          <CheckboxField
            name="toBeChecked"
            label={label("toBeCheckedField")}
            defaultChecked={value("toBeChecked") === "on"}
            error={errors?.toBeChecked}
          />
          {text("note")}
        </fieldset>
        <button type="submit" className="button">
          {label("save")}
        </button>
      </Form>
    </>
  );
}
