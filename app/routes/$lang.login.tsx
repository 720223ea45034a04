import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { loginSchema } from "~/modules/accounts/account.schema";
import { pageMeta } from "~/modules/i18n/page-meta";
import { logInLoader, logInAction } from "~/modules/accounts/log-in-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

/** The translation namespaces this page's components use, sent to the browser with it. */
export const handle: I18nHandle = { i18n: ["auth"] };

export const loader = logInLoader;
export const action = logInAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function LogIn() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { errors, onSubmit } = useValidatedForm(loginSchema, answer?.errors);
  const busy = useNavigation().state === "submitting";
  const labels = { email: t("auth:fields.email"), password: t("auth:fields.password") };
  return (
    <AuthCard title={t("auth:login.title")}>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit} action={`?${searchParams.toString()}`}>
        <TextField
          name="email"
          type="email"
          autoComplete="email"
          label={labels.email}
          error={errors?.email}
          defaultValue={answer?.values.email}
          required
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={labels.password}
          error={errors?.password}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t("auth:login.submit")}
        </button>
      </Form>
      <ul className="auth__links">
        <li>
          <Link to={`/${language}/forgot-password`}>{t("auth:login.forgot")}</Link>
        </li>
        <li>
          <Link to={`/${language}/verify-email/resend`}>{t("auth:login.resend")}</Link>
        </li>
        <li>
          <Link to={`/${language}/signup`}>{t("auth:login.noAccount")}</Link>
        </li>
      </ul>
    </AuthCard>
  );
}
