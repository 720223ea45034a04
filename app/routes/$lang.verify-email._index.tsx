import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { pageMeta } from "~/modules/i18n/page-meta";
import { verifyEmailLoader } from "~/modules/accounts/verify-email-page.server";

export const loader = verifyEmailLoader;

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
