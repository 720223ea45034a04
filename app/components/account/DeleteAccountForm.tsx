import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextField } from "~/components/forms/FormFields";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { deleteAccountSchema } from "~/modules/accounts/account-deletion.schema";
import type { FieldErrors } from "~/utils/forms";

/** Current password and an explicit "I understand": deleting cannot be undone. */
export function DeleteAccountForm({ serverErrors }: { serverErrors: FieldErrors | undefined }) {
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(deleteAccountSchema, serverErrors);
  const busy = useNavigation().state === "submitting";
  const labels = { password: t("account:delete.password"), confirm: t("account:delete.confirm") };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={labels.password}
          error={errors?.password}
          required
        />
        <CheckboxField name="confirm" label={labels.confirm} error={errors?.confirm} required />
        <button type="submit" className="button" disabled={busy}>
          {t("account:delete.submit")}
        </button>
      </Form>
    </>
  );
}
