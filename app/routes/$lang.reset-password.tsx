import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { newPasswordSchema } from "~/modules/accounts/account.schema";
import { readNewPasswordForm } from "~/modules/accounts/form-action.server";
import { checkOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { setPasswordWithToken } from "~/modules/accounts/password-reset.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

/** A reset link, or the first-password link of a new staff account. */
async function linkPurpose(token: string) {
  const reset = await checkOneTimeToken("RESET_PASSWORD", token);
  if (reset.status !== "unknown") return { purpose: "RESET_PASSWORD" as const, status: reset.status };
  const first = await checkOneTimeToken("SET_PASSWORD", token);
  return { purpose: "SET_PASSWORD" as const, status: first.status };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const link = token ? await linkPurpose(token) : { purpose: "RESET_PASSWORD" as const, status: "unknown" as const };
  const meta = pageMetaInput(request, language, translatorFor(language)("auth:reset.title"));
  return { meta, token, status: link.status };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readNewPasswordForm(request, newPasswordSchema);
  if (!form.ok) return form.response;
  await countTry("password-set", clientAddress(request));
  const link = await linkPurpose(form.data.token);
  const result = await setPasswordWithToken(link.purpose, form.data.token, form.data.password);
  if (!result.ok) return { linkStatus: result.status };
  throw redirect(`/${language}/login?reset=1`);
}

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
