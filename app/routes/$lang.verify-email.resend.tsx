import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { EmailRequestForm } from "~/components/forms/EmailRequestForm";
import { pageMeta } from "~/modules/i18n/page-meta";
import { resendVerificationLoader, resendVerificationAction } from "~/modules/accounts/resend-verification-page.server";

export const loader = resendVerificationLoader;
export const action = resendVerificationAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function ResendVerification() {
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AuthCard title={t("auth:resend.title")} intro={<p>{t("auth:resend.intro")}</p>}>
      {answer && "sent" in answer ? (
        <p role="status">{t("auth:resend.sent")}</p>
      ) : (
        <EmailRequestForm Form={Form} answer={answer} submitLabel={t("auth:resend.submit")} />
      )}
    </AuthCard>
  );
}
