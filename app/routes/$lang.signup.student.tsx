import { textOf } from "~/utils/forms";
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { CountryField } from "~/components/forms/CountryField";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { SignUpForm } from "~/components/forms/SignUpForm";
import { studentSignUpSchema } from "~/modules/accounts/account.schema";
import { signUpAction } from "~/modules/accounts/sign-up-action.server";
import { signUpStudent } from "~/modules/accounts/sign-up.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { studentSignUpLoader } from "~/modules/accounts/student-sign-up-page.server";

export const loader = studentSignUpLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export const action = signUpAction(studentSignUpSchema, signUpStudent);

export default function StudentSignUp() {
  const { schools } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const labels = {
    country: t("auth:fields.country"),
    schoolKey: t("auth:fields.school"),
    birthDate: t("auth:fields.birthDate"),
    guardianName: t("auth:fields.guardianName"),
    guardianEmail: t("auth:fields.guardianEmail"),
  };
  return (
    <SignUpForm
      title={t("auth:signup.student.title")}
      intro={t("auth:signup.student.intro")}
      schema={studentSignUpSchema}
      labels={labels}
    >
      {({ errors, values }) => (
        <>
          <CountryField label={labels.country} error={errors?.country} value={textOf(values, "country")} />
          <SelectField
            name="schoolKey"
            label={labels.schoolKey}
            error={errors?.schoolKey}
            defaultValue={values?.schoolKey ?? ""}
            required
          >
            <option value="">{t("auth:fields.choose")}</option>
            <GroupedOptions groups={schools} />
          </SelectField>
          <TextField
            name="birthDate"
            type="date"
            label={labels.birthDate}
            hint={t("auth:fields.birthDateHint")}
            error={errors?.birthDate}
            defaultValue={values?.birthDate}
            required
          />
          <fieldset className="fieldset">
            <legend>{t("auth:signup.student.guardianLegend")}</legend>
            <p className="field__hint">{t("auth:signup.student.guardianHint")}</p>
            <TextField
              name="guardianName"
              autoComplete="off"
              label={labels.guardianName}
              error={errors?.guardianName}
              defaultValue={values?.guardianName}
            />
            <TextField
              name="guardianEmail"
              type="email"
              autoComplete="off"
              label={labels.guardianEmail}
              error={errors?.guardianEmail}
              defaultValue={values?.guardianEmail}
            />
          </fieldset>
        </>
      )}
    </SignUpForm>
  );
}
