import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { AccountFields, PrivacyField, signUpLabels } from "~/components/forms/AccountFields";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { companySignUpSchema } from "~/modules/accounts/account.schema";
import { signUpAction } from "~/modules/accounts/sign-up-action.server";
import { signUpCompany } from "~/modules/accounts/sign-up.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { placeOptions } from "~/modules/reference/reference-options.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("auth:signup.company.title")),
    places: await placeOptions(language),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export const action = signUpAction(companySignUpSchema, signUpCompany);

export default function CompanySignUp() {
  const { places } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(companySignUpSchema, answer?.errors);
  const values = answer?.values;
  const busy = useNavigation().state === "submitting";
  const labels = signUpLabels(t, {
    companyName: t("auth:fields.companyName"),
    country: t("auth:fields.companyCountry"),
    placeKey: t("auth:fields.place"),
  });
  return (
    <AuthCard title={t("auth:signup.company.title")} intro={<p>{t("auth:signup.company.intro")}</p>}>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <AccountFields errors={errors} values={values} />
        <TextField
          name="companyName"
          autoComplete="organization"
          label={labels.companyName}
          error={errors?.companyName}
          defaultValue={values?.companyName}
          required
        />
        <SelectField
          name="country"
          label={labels.country}
          error={errors?.country}
          defaultValue={values?.country ?? ""}
          required
        >
          <option value="">{t("auth:fields.choose")}</option>
          <option value="DE">{t("reference:region.DE")}</option>
          <option value="FR">{t("reference:region.FR")}</option>
        </SelectField>
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
        <PrivacyField error={errors?.privacy} />
        <button type="submit" className="button" disabled={busy}>
          {t("auth:signup.submit")}
        </button>
      </Form>
    </AuthCard>
  );
}
