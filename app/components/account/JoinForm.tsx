import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PrivacyField } from "~/components/forms/AccountFields";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { joinSchema } from "~/modules/teams/team.schema";
import type { FieldErrors, FormValues } from "~/utils/forms";

/** Name, password and privacy notice: all an invited colleague still has to give. */
export function JoinForm({
  token,
  email,
  answer,
}: {
  token: string;
  email: string;
  answer: { errors: FieldErrors; values: FormValues } | undefined;
}) {
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(joinSchema, answer?.errors);
  const busy = useNavigation().state === "submitting";
  const labels = {
    name: t("auth:fields.name"),
    password: t("auth:fields.newPassword"),
    privacy: t("auth:fields.privacyLink"),
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <p>{t("account:invite.email", { email })}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="token" value={token} />
        <TextField
          name="name"
          autoComplete="name"
          label={labels.name}
          error={errors?.name}
          defaultValue={answer?.values.name}
          required
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={labels.password}
          hint={t("auth:fields.passwordHint")}
          error={errors?.password}
          required
          minLength={10}
        />
        <PrivacyField error={errors?.privacy} />
        <button type="submit" className="button" disabled={busy}>
          {t("account:invite.submit")}
        </button>
      </Form>
    </>
  );
}
