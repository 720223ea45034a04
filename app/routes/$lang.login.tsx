import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { loginSchema } from "~/modules/accounts/account.schema";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import { readForm, refuse } from "~/modules/accounts/form-action.server";
import { destinationAfterLogIn } from "~/modules/accounts/log-in-destination";
import { checkCredentials } from "~/modules/accounts/log-in.server";
import { clientAddress, countTry, forgetTries } from "~/modules/accounts/rate-limits.server";
import { startSession } from "~/modules/accounts/sessions.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const next = new URL(request.url).searchParams.get("next");
  const user = await getCurrentUser(request);
  if (user) throw redirect(destinationAfterLogIn(next, user.role, language));
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:login.title")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, loginSchema);
  if (!form.ok) return form.response;
  await countTry("login", clientAddress(request), form.data.email);
  const result = await checkCredentials(form.data.email, form.data.password);
  if (!result.ok) {
    return refuse(
      { form: result.reason === "unverified" ? "auth:login.unverified" : "auth:login.invalid" },
      form.values,
    );
  }
  await forgetTries("login", form.data.email);
  const cookie = await startSession(result.userId, request.headers.get("User-Agent"));
  const next = new URL(request.url).searchParams.get("next");
  throw redirect(destinationAfterLogIn(next, result.role, language), { headers: { "Set-Cookie": cookie } });
}

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
