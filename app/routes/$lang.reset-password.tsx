import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { newPasswordSchema } from "~/modules/accounts/account.schema";
import { pageMeta } from "~/modules/i18n/page-meta";
import { resetPasswordLoader, resetPasswordAction } from "~/modules/accounts/reset-password-page.server";

export const loader = resetPasswordLoader;
export const action = resetPasswordAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function ResetPassword() {
  const { token, status } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const failed = answer && "linkStatus" in answer ? answer.linkStatus : status !== "valid" ? status : null;
  const { errors, onSubmit } = useValidatedForm(
    newPasswordSchema,
    answer && "errors" in answer ? answer.errors : undefined,
  );
  if (failed) {
    return (
      <AuthCard title={t("auth:reset.title")}>
        <p role="alert">{t(`auth:links.${failed}`)}</p>
        <p>
          <Link className="button" to={`/${i18n.language}/forgot-password`}>
            {t("auth:reset.again")}
          </Link>
        </p>
      </AuthCard>
    );
  }
  const labels = { password: t("auth:fields.newPassword"), passwordConfirm: t("auth:fields.passwordConfirm") };
  return (
    <AuthCard title={t("auth:reset.title")} intro={<p>{t("auth:reset.intro")}</p>}>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="token" value={token} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={labels.password}
          hint={t("auth:fields.passwordHint")}
          error={errors?.password}
          required
        />
        <TextField
          name="passwordConfirm"
          type="password"
          autoComplete="new-password"
          label={labels.passwordConfirm}
          error={errors?.passwordConfirm}
          required
        />
        <button type="submit" className="button">
          {t("auth:reset.submit")}
        </button>
      </Form>
    </AuthCard>
  );
}
