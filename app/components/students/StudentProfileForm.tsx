import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChoiceGroup } from "~/components/forms/ChoiceFields";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { oneYearAfter } from "~/utils/calendar-days";
import {
  INTRO_MAX_LENGTH,
  LEVEL_CHOICES,
  MAX_AVAILABILITY,
  MAX_PLACES,
  studentProfileSchema,
  TRAINING_MAX_LENGTH,
  TRAINING_YEARS,
  type StudentProfileContext,
} from "~/modules/students/student-profile.schema";
import { listOf, textOf, type FieldErrors, type FormValues } from "~/utils/forms";
import { AvailabilityFields, type PresetOption } from "./AvailabilityFields";
import { CvFields } from "./CvFields";
import type { OptionGroup } from "./option-groups";
import { PlacesFields } from "./PlacesFields";

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Field names → labels, for the error summary's links (rows included). */
function profileLabels(t: Translate): Record<string, string> {
  const labels: Record<string, string> = {
    schoolKey: t("profile:fields.school"),
    training: t("profile:fields.training"),
    trainingYear: t("profile:fields.trainingYear"),
    birthDate: t("profile:fields.birthDate"),
    fields: t("profile:fields.fields"),
    levelGerman: t("profile:fields.levelGerman"),
    levelFrench: t("profile:fields.levelFrench"),
    availability: t("profile:sections.availability"),
    holidayPresets: t("profile:fields.presets"),
    places: t("profile:sections.places"),
    introDe: t("profile:fields.introDe"),
    introFr: t("profile:fields.introFr"),
    cv: t("profile:fields.cv"),
  };
  for (let index = 0; index < MAX_AVAILABILITY; index++) {
    labels[`availability.${index}.startsOn`] = t("profile:fields.windowStartsOn", { number: index + 1 });
    labels[`availability.${index}.endsOn`] = t("profile:fields.windowEndsOn", { number: index + 1 });
  }
  for (let index = 0; index < MAX_PLACES; index++) {
    labels[`places.${index}.placeKey`] = t("profile:fields.placeKey", { number: index + 1 });
    labels[`places.${index}.radiusKm`] = t("profile:fields.radiusKm", { number: index + 1 });
  }
  return labels;
}

/**
 * The student's profile in one form. It posts as multipart/form-data so the CV travels with the
 * fields, and works without JavaScript; with it, the fields are first checked with the server's
 * schema and context (the CV itself only on the server, which reads its bytes).
 */
export function StudentProfileForm({
  context,
  stored,
  schools,
  places,
  fields,
  presets,
  cv,
  failure,
}: {
  context: StudentProfileContext;
  stored: FormValues;
  schools: OptionGroup[];
  places: OptionGroup[];
  fields: { key: string; name: string }[];
  presets: PresetOption[];
  cv: { name: string; on: { iso: string; text: string } } | null;
  failure: { errors: FieldErrors; values: FormValues } | undefined;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => studentProfileSchema(context), [context]);
  const { errors, onSubmit } = useValidatedForm(schema, failure?.errors);
  const busy = useNavigation().state === "submitting";
  // After a refusal the form shows what was sent (unticked boxes included); otherwise what is stored.
  const values = failure && Object.keys(failure.values).length > 0 ? failure.values : stored;
  const text = (name: string) => textOf(values, name);
  return (
    <>
      <ErrorSummary errors={errors} labels={profileLabels(t)} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="profile-form">
        <fieldset className="fieldset">
          <legend>{t("profile:sections.school")}</legend>
          <SelectField
            name="schoolKey"
            label={t("profile:fields.school")}
            hint={t("profile:fields.schoolHint")}
            error={errors?.schoolKey}
            defaultValue={text("schoolKey")}
            required
          >
            <option value="">{t("auth:fields.choose")}</option>
            <GroupedOptions groups={schools} />
          </SelectField>
          <TextField
            name="training"
            label={t("profile:fields.training")}
            hint={t("profile:fields.trainingHint")}
            error={errors?.training}
            defaultValue={text("training")}
            maxLength={TRAINING_MAX_LENGTH}
            required
          />
          <SelectField
            name="trainingYear"
            label={t("profile:fields.trainingYear")}
            error={errors?.trainingYear}
            defaultValue={text("trainingYear")}
            required
          >
            {TRAINING_YEARS.map((year) => (
              <option key={year} value={year}>
                {t(`profile:fields.trainingYears.${year}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="birthDate"
            type="date"
            autoComplete="bday"
            label={t("profile:fields.birthDate")}
            hint={t("profile:fields.birthDateHint")}
            error={errors?.birthDate}
            defaultValue={text("birthDate")}
            required
          />
        </fieldset>

        <ChoiceGroup
          type="checkbox"
          name="fields"
          legend={t("profile:fields.fields")}
          hint={t("profile:fields.fieldsHint")}
          options={fields.map((field) => ({ value: field.key, label: field.name }))}
          selected={listOf(values, "fields")}
          error={errors?.fields}
        />

        <fieldset className="fieldset" aria-describedby="levels-hint">
          <legend>{t("profile:sections.languages")}</legend>
          <p className="field__hint" id="levels-hint">
            {t("profile:fields.levelsHint")}
          </p>
          <div className="field-row">
            {(["levelGerman", "levelFrench"] as const).map((name) => (
              <SelectField
                key={name}
                name={name}
                label={t(`profile:fields.${name}`)}
                error={errors?.[name]}
                defaultValue={text(name)}
              >
                {LEVEL_CHOICES.map((level) => (
                  <option key={level} value={level}>
                    {t(`profile:levels.${level}`)}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
        </fieldset>

        <AvailabilityFields
          values={values}
          errors={errors}
          presets={presets}
          today={context.today}
          lastDay={oneYearAfter(context.today)}
        />
        <PlacesFields values={values} errors={errors} places={places} />

        <fieldset className="fieldset" aria-describedby="intro-hint">
          <legend>{t("profile:sections.intro")}</legend>
          <p className="field__hint" id="intro-hint">
            {t("profile:fields.introHint", { max: INTRO_MAX_LENGTH })}
          </p>
          <TextAreaField
            name="introDe"
            lang="de"
            rows={6}
            maxLength={INTRO_MAX_LENGTH}
            label={t("profile:fields.introDe")}
            error={errors?.introDe}
            defaultValue={text("introDe")}
          />
          <TextAreaField
            name="introFr"
            lang="fr"
            rows={6}
            maxLength={INTRO_MAX_LENGTH}
            label={t("profile:fields.introFr")}
            error={errors?.introFr}
            defaultValue={text("introFr")}
          />
        </fieldset>

        <CvFields cv={cv} values={values} errors={errors} />

        <fieldset className="fieldset">
          <legend>{t("profile:sections.visibility")}</legend>
          <CheckboxField
            name="discoverable"
            label={t("profile:fields.discoverable")}
            hint={t("profile:fields.discoverableHint")}
            defaultChecked={text("discoverable") === "on"}
          />
        </fieldset>

        <button type="submit" className="button" disabled={busy}>
          {t("profile:page.submit")}
        </button>
      </Form>
    </>
  );
}
