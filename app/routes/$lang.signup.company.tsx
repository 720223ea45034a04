import { textOf } from "~/utils/forms";
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { CountryField } from "~/components/forms/CountryField";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { SignUpForm } from "~/components/forms/SignUpForm";
import { companySignUpSchema } from "~/modules/accounts/account.schema";
import { signUpAction } from "~/modules/accounts/sign-up-action.server";
import { signUpCompany } from "~/modules/accounts/sign-up.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { companySignUpLoader } from "~/modules/accounts/company-sign-up-page.server";

export const loader = companySignUpLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export const action = signUpAction(companySignUpSchema, signUpCompany);

export default function CompanySignUp() {
  const { places } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const labels = {
    companyName: t("auth:fields.companyName"),
    country: t("auth:fields.companyCountry"),
    placeKey: t("auth:fields.place"),
  };
  return (
    <SignUpForm
      title={t("auth:signup.company.title")}
      intro={t("auth:signup.company.intro")}
      schema={companySignUpSchema}
      labels={labels}
    >
      {({ errors, values }) => (
        <>
          <TextField
            name="companyName"
            autoComplete="organization"
            label={labels.companyName}
            error={errors?.companyName}
            defaultValue={values?.companyName}
            required
          />
          <CountryField label={labels.country} error={errors?.country} value={textOf(values, "country")} />
          <SelectField
            name="placeKey"
            label={labels.placeKey}
            error={errors?.placeKey}
            defaultValue={values?.placeKey ?? ""}
            required
          >
            <option value="">{t("auth:fields.choose")}</option>
            <GroupedOptions groups={places} />
          </SelectField>
        </>
      )}
    </SignUpForm>
  );
}
