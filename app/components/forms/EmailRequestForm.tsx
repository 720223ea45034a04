import type { Form as RemixForm } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { emailOnlySchema } from "~/modules/accounts/account.schema";
import type { FieldErrors, FormValues } from "~/utils/forms";
import { ErrorSummary } from "./ErrorSummary";
import { TextField } from "./FormFields";
import { useValidatedForm } from "./use-validated-form";

/** "Send me a link" forms (password reset, new confirmation link): one email field. */
export function EmailRequestForm({
  Form,
  answer,
  submitLabel,
}: {
  Form: typeof RemixForm;
  answer: { errors?: FieldErrors; values?: FormValues } | undefined;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(emailOnlySchema, answer?.errors);
  return (
    <>
      <ErrorSummary errors={errors} labels={{ email: t("auth:fields.email") }} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={t("auth:fields.email")}
          error={errors?.email}
          defaultValue={answer?.values?.email}
          required
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}
