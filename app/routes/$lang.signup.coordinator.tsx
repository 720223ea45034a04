import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { SignUpForm } from "~/components/forms/SignUpForm";
import { coordinatorSignUpSchema } from "~/modules/accounts/account.schema";
import { signUpAction } from "~/modules/accounts/sign-up-action.server";
import { signUpCoordinator } from "~/modules/accounts/sign-up.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { coordinatorSignUpLoader } from "~/modules/accounts/coordinator-sign-up-page.server";

export const loader = coordinatorSignUpLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export const action = signUpAction(coordinatorSignUpSchema, signUpCoordinator);

export default function CoordinatorSignUp() {
  const { schools } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const school = t("auth:fields.school");
  return (
    <SignUpForm
      title={t("auth:signup.coordinator.title")}
      intro={t("auth:signup.coordinator.intro")}
      schema={coordinatorSignUpSchema}
      labels={{ schoolKey: school }}
    >
      {({ errors, values }) => (
        <SelectField
          name="schoolKey"
          label={school}
          error={errors?.schoolKey}
          defaultValue={values?.schoolKey ?? ""}
          required
        >
          <option value="">{t("auth:fields.choose")}</option>
          <GroupedOptions groups={schools} />
        </SelectField>
      )}
    </SignUpForm>
  );
}
