import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { ProgrammeChecks } from "~/components/programmes/ProgrammeChecks";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { programmeCheckSchema } from "~/modules/programmes/programme-check.schema";
import { AUDIENCES, CEFR } from "~/modules/programmes/programme-content";
import { programmeCheckAction, programmeCheckLoader } from "~/modules/programmes/programme-pages.server";
import { textOf } from "~/utils/forms";

export const handle: I18nHandle = { i18n: ["programmes"] };

export const loader = programmeCheckLoader;
export const action = programmeCheckAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

const FIELDS = [
  "who",
  "birthDate",
  "country",
  "levelFr",
  "levelDe",
  "stayCountry",
  "startsOn",
  "endsOn",
  "format",
  "groupSize",
];

/** The checker: a short form about the learner and the stay; the answer lists every programme. */
export default function ProgrammeCheck() {
  const { prefilled, values: loaded } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(programmeCheckSchema, answer?.errors ?? undefined);
  const values = answer?.values ?? loaded;
  const value = (name: string) => textOf(values, name);
  const labels = Object.fromEntries(FIELDS.map((field) => [field, field]));
  const results = answer?.results ?? null;
  const fitting = results?.filter((check) => check.verdict !== "notEligible") ?? [];
  const other = results?.filter((check) => check.verdict === "notEligible") ?? [];
  const levelOptions = (
    <>
      <option value="">{t("programmes:check.levelUnknown")}</option>
      {CEFR.map((level) => (
        <option key={level} value={level}>
          {level}
        </option>
      ))}
    </>
  );
  return (
    <div className="page programme-check-page">
      <h1>{t("programmes:check.title")}</h1>
      <p className="lede">{t("programmes:check.intro")}</p>
      <p className="note">{prefilled ? t("programmes:check.prefilled") : t("programmes:check.privacy")}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit} className="programme-check-form">
        <fieldset>
          <legend>{t("programmes:check.learner")}</legend>
          <SelectField name="who" label={t("programmes:check.who")} defaultValue={value("who")} error={errors?.who}>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`programmes:audience.${audience}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="birthDate"
            type="date"
            label={t("programmes:check.birthDate")}
            defaultValue={value("birthDate")}
            error={errors?.birthDate}
            required
          />
          <SelectField
            name="country"
            label={t("programmes:check.country")}
            defaultValue={value("country")}
            error={errors?.country}
          >
            <option value="DE">{t("programmes:country.DE")}</option>
            <option value="FR">{t("programmes:country.FR")}</option>
          </SelectField>
          <SelectField
            name="levelFr"
            label={t("programmes:check.levelFr")}
            defaultValue={value("levelFr")}
            error={errors?.levelFr}
          >
            {levelOptions}
          </SelectField>
          <SelectField
            name="levelDe"
            label={t("programmes:check.levelDe")}
            defaultValue={value("levelDe")}
            error={errors?.levelDe}
          >
            {levelOptions}
          </SelectField>
        </fieldset>
        <fieldset>
          <legend>{t("programmes:check.stay")}</legend>
          <SelectField
            name="stayCountry"
            label={t("programmes:check.stayCountry")}
            defaultValue={value("stayCountry") || "FR"}
            error={errors?.stayCountry}
          >
            <option value="FR">{t("programmes:country.FR")}</option>
            <option value="DE">{t("programmes:country.DE")}</option>
          </SelectField>
          <TextField
            name="startsOn"
            type="date"
            label={t("programmes:check.startsOn")}
            defaultValue={value("startsOn")}
            error={errors?.startsOn}
            required
          />
          <TextField
            name="endsOn"
            type="date"
            label={t("programmes:check.endsOn")}
            defaultValue={value("endsOn")}
            error={errors?.endsOn}
            required
          />
          <SelectField
            name="format"
            label={t("programmes:check.format")}
            defaultValue={value("format")}
            error={errors?.format}
          >
            <option value="individual">{t("programmes:format.individual")}</option>
            <option value="group">{t("programmes:format.group")}</option>
          </SelectField>
          <TextField
            name="groupSize"
            type="number"
            min={2}
            label={t("programmes:check.groupSize")}
            defaultValue={value("groupSize")}
            error={errors?.groupSize}
          />
        </fieldset>
        <button type="submit" className="button">
          {t("programmes:check.submit")}
        </button>
      </Form>
      {results ? (
        <section aria-labelledby="results-title" className="programme-results">
          <h2 id="results-title">{t("programmes:check.results")}</h2>
          <ProgrammeChecks checks={fitting} />
          {other.length > 0 ? (
            <details>
              <summary>{t("programmes:check.notFitting")}</summary>
              <ProgrammeChecks checks={other} />
            </details>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
