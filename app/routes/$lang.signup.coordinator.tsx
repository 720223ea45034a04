import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { AccountFields, PrivacyField, signUpLabels } from "~/components/forms/AccountFields";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { SelectField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { coordinatorSignUpSchema } from "~/modules/accounts/account.schema";
import { signUpAction } from "~/modules/accounts/sign-up-action.server";
import { signUpCoordinator } from "~/modules/accounts/sign-up.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { schoolOptions } from "~/modules/reference/reference-options.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return {
    meta: pageMetaInput(request, language, translatorFor(language)("auth:signup.coordinator.title")),
    schools: await schoolOptions(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export const action = signUpAction(coordinatorSignUpSchema, signUpCoordinator);

export default function CoordinatorSignUp() {
  const { schools } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(coordinatorSignUpSchema, answer?.errors);
  const values = answer?.values;
  const busy = useNavigation().state === "submitting";
  const labels = signUpLabels(t, { schoolKey: t("auth:fields.school") });
  return (
    <AuthCard title={t("auth:signup.coordinator.title")} intro={<p>{t("auth:signup.coordinator.intro")}</p>}>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <AccountFields errors={errors} values={values} />
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
        <PrivacyField error={errors?.privacy} />
        <button type="submit" className="button" disabled={busy}>
          {t("auth:signup.submit")}
        </button>
      </Form>
    </AuthCard>
  );
}
