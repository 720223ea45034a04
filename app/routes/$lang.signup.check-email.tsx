import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { pageMeta } from "~/modules/i18n/page-meta";
import { checkEmailLoader } from "~/modules/accounts/check-email-page.server";

export const loader = checkEmailLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function CheckEmail() {
  const { t, i18n } = useTranslation();
  return (
    <AuthCard title={t("auth:checkEmail.title")}>
      <p>{t("auth:checkEmail.body")}</p>
      <p>{t("auth:checkEmail.spam")}</p>
      <p>
        <Link to={`/${i18n.language}/verify-email/resend`}>{t("auth:login.resend")}</Link>
      </p>
    </AuthCard>
  );
}
