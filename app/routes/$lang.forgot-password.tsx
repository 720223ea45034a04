import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { EmailRequestForm } from "~/components/forms/EmailRequestForm";
import { pageMeta } from "~/modules/i18n/page-meta";
import { forgotPasswordLoader, forgotPasswordAction } from "~/modules/accounts/forgot-password-page.server";

export const loader = forgotPasswordLoader;
export const action = forgotPasswordAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function ForgotPassword() {
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AuthCard title={t("auth:forgot.title")} intro={<p>{t("auth:forgot.intro")}</p>}>
      {answer && "sent" in answer ? (
        <p role="status">{t("auth:forgot.sent")}</p>
      ) : (
        <EmailRequestForm Form={Form} answer={answer} submitLabel={t("auth:forgot.submit")} />
      )}
    </AuthCard>
  );
}
