import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { pageMeta } from "~/modules/i18n/page-meta";
import { accountDeletedLoader } from "~/modules/accounts/account-deleted-page.server";

export const loader = accountDeletedLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function AccountDeleted() {
  const { t, i18n } = useTranslation();
  return (
    <AuthCard title={t("account:delete.doneTitle")}>
      <p role="status">{t("account:delete.done")}</p>
      <p>
        <Link className="button" to={`/${i18n.language}`}>
          {t("account:delete.home")}
        </Link>
      </p>
    </AuthCard>
  );
}
