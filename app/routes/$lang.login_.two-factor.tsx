import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { secondFactorSchema } from "~/modules/accounts/two-factor.schema";
import { secondFactorAction, secondFactorLoader } from "~/modules/accounts/second-factor-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["auth"] };

export const loader = secondFactorLoader;
export const action = secondFactorAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The step after the password, for accounts with a second factor. */
export default function SecondFactor() {
  const { t, i18n } = useTranslation();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { errors, onSubmit } = useValidatedForm(secondFactorSchema, answer?.errors);
  const busy = useNavigation().state === "submitting";
  const labels = { code: t("auth:twoFactor.login.code") };
  return (
    <AuthCard title={t("auth:twoFactor.login.title")} intro={<p>{t("auth:twoFactor.login.intro")}</p>}>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate onSubmit={onSubmit} action={`?${searchParams.toString()}`}>
        <TextField
          name="code"
          label={labels.code}
          hint={t("auth:twoFactor.login.hint")}
          error={errors?.code}
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          required
        />
        <button type="submit" className="button" disabled={busy}>
          {t("auth:twoFactor.login.submit")}
        </button>
      </Form>
      <ul className="auth__links">
        <li>
          <Link to={`/${i18n.language}/login`}>{t("auth:twoFactor.login.back")}</Link>
        </li>
      </ul>
    </AuthCard>
  );
}
