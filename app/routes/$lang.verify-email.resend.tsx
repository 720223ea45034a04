import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { EmailRequestForm } from "~/components/forms/EmailRequestForm";
import { emailOnlySchema } from "~/modules/accounts/account.schema";
import { resendVerification } from "~/modules/accounts/email-verification.server";
import { readForm } from "~/utils/form-action.server";
import { clientAddress, countTry } from "~/modules/accounts/rate-limits.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:resend.title")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, emailOnlySchema);
  if (!form.ok) return form.response;
  await countTry("verify-resend", clientAddress(request), form.data.email);
  await resendVerification(form.data.email, language);
  return { sent: true as const };
}

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
