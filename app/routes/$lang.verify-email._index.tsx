import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { verifyEmail } from "~/modules/accounts/email-verification.server";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

/** The link from the confirmation mail. Confirming twice is harmless, so a GET may do it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const result = token ? await verifyEmail(token, language) : ({ status: "unknown" } as const);
  return { meta: pageMetaInput(request, language, translatorFor(language)("auth:verify.title")), result };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function VerifyEmail() {
  const { result } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (result.status === "verified") {
    return (
      <AuthCard title={t("auth:verify.doneTitle")}>
        <p role="status">{t("auth:verify.done")}</p>
        {result.guardianAsked ? <p>{t("auth:verify.guardianAsked")}</p> : null}
        <p>
          <Link className="button" to={`/${language}/login`}>
            {t("auth:login.title")}
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("auth:verify.title")}>
      <p role="alert">{t(`auth:links.${result.status}`)}</p>
      <p>{t("auth:verify.whatNow")}</p>
      <p>
        <Link className="button" to={`/${language}/verify-email/resend`}>
          {t("auth:login.resend")}
        </Link>
      </p>
    </AuthCard>
  );
}
