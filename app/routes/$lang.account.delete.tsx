import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DeleteAccountForm } from "~/components/account/DeleteAccountForm";
import { pageMeta } from "~/modules/i18n/page-meta";
import { accountDeletionLoader, accountDeletionAction } from "~/modules/accounts/account-deletion-page.server";

export const loader = accountDeletionLoader;
export const action = accountDeletionAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function DeleteAccount() {
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="delete-title">
      <h1 id="delete-title">{t("account:delete.title")}</h1>
      <p className="lede">{t("account:delete.intro")}</p>
      <p>
        <Link to={`/${i18n.language}/account/data`}>{t("account:delete.downloadFirst")}</Link>
      </p>
      <h2>{t("account:delete.erasedTitle")}</h2>
      <p>{t("account:delete.erased")}</p>
      <h2>{t("account:delete.keptTitle")}</h2>
      <p>{t("account:delete.kept")}</p>
      <p>{t("account:delete.company")}</p>
      <p>{t("account:delete.suppression")}</p>
      <DeleteAccountForm serverErrors={answer?.errors} />
    </section>
  );
}
