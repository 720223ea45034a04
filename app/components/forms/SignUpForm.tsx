import { Form, useActionData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { AuthCard } from "~/components/AuthCard";
import type { FieldErrors, FormValues } from "~/utils/forms";
import { AccountFields, PrivacyField, signUpLabels } from "./AccountFields";
import { ErrorSummary } from "./ErrorSummary";
import { useValidatedForm } from "./use-validated-form";

interface FormAnswer {
  errors?: FieldErrors;
  values?: FormValues;
}

/**
 * The frame every sign-up page shares: name, email and password first, the role's own fields,
 * the privacy notice, one button; validated in the browser with the role's schema and again on
 * the server.
 */
export function SignUpForm({
  title,
  intro,
  schema,
  labels,
  children,
}: {
  title: string;
  intro: string;
  schema: z.ZodType;
  labels: Record<string, string>;
  children: (answer: { errors?: FieldErrors; values?: FormValues }) => ReactNode;
}) {
  const { t } = useTranslation();
  const answer = useActionData<FormAnswer>();
  const { errors, onSubmit } = useValidatedForm(schema, answer?.errors);
  const busy = useNavigation().state === "submitting";
  return (
    <AuthCard title={title} intro={<p>{intro}</p>}>
      <ErrorSummary errors={errors} labels={signUpLabels(t, labels)} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <AccountFields errors={errors} values={answer?.values} />
        {children({ errors, values: answer?.values })}
        <PrivacyField error={errors?.privacy} />
        <button type="submit" className="button" disabled={busy}>
          {t("auth:signup.submit")}
        </button>
      </Form>
    </AuthCard>
  );
}
