import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField } from "~/components/forms/FormFields";
import { guardianConsentAction, guardianConsentLoader } from "~/modules/accounts/guardian-consent-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = guardianConsentLoader;
export const action = guardianConsentAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function GuardianConsent() {
  const { token, request } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const result = answer && "result" in answer ? answer.result : undefined;
  if (result?.ok) {
    return (
      <AuthCard title={t("auth:guardian.doneTitle")}>
        <p role="status">{t("auth:guardian.done")}</p>
      </AuthCard>
    );
  }
  const failed = result ? result.status : request.status !== "valid" ? request.status : null;
  if (failed || request.status !== "valid") {
    return (
      <AuthCard title={t("auth:guardian.title")}>
        <p role="alert">{t(`auth:links.${failed ?? "unknown"}`)}</p>
      </AuthCard>
    );
  }
  const errors = answer && "errors" in answer ? answer.errors : undefined;
  return (
    <AuthCard
      title={t("auth:guardian.title")}
      intro={<p>{t("auth:guardian.intro", { studentName: request.studentName })}</p>}
    >
      <ErrorSummary
        errors={errors}
        labels={{ consent: t("auth:guardian.consentLabel"), together: t("auth:guardian.togetherLabel") }}
      />
      <p>{t("auth:guardian.what")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="token" value={token} />
        <CheckboxField
          name="consent"
          label={t("auth:guardian.consentLabel", { studentName: request.studentName })}
          error={errors?.consent}
          required
        />
        {request.together ? (
          <CheckboxField
            name="together"
            label={t("auth:guardian.togetherLabel", { studentName: request.studentName })}
            error={errors?.together}
            required
          />
        ) : null}
        <button type="submit" className="button">
          {t("auth:guardian.submit")}
        </button>
      </Form>
    </AuthCard>
  );
}
