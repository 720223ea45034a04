import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AuthCard } from "~/components/AuthCard";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";

/** Where a deleted account lands, already logged out: the confirmation that it is done. */
export function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  return { meta: pageMetaInput(request, language, translatorFor(language)("account:delete.doneTitle")) };
}

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
