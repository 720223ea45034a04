import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { AuthCard } from "~/components/AuthCard";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField } from "~/components/forms/FormFields";
import { readForm, refuse } from "~/utils/form-action.server";
import { giveGuardianConsent, readGuardianRequest } from "~/modules/accounts/guardian-consent.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

const consentSchema = z.object({
  token: z.string().min(1),
  consent: z.literal("on", { message: "auth:guardian.consentRequired" }),
  together: z.string().optional(),
});

/** The guardian's link shows what they agree to; only their click on the form records it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const meta = pageMetaInput(request, language, translatorFor(language)("auth:guardian.title"));
  return { meta, token, request: await readGuardianRequest(token) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params);
  const form = await readForm(request, consentSchema);
  if (!form.ok) return form.response;
  const guardianRequest = await readGuardianRequest(form.data.token);
  if (guardianRequest.status === "valid" && guardianRequest.together && form.data.together !== "on") {
    return refuse({ together: "auth:guardian.togetherRequired" }, {});
  }
  return { result: await giveGuardianConsent(form.data.token, language) };
}

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
