import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { pageMeta } from "~/modules/i18n/page-meta";
import { signedLoader } from "~/modules/agreements/sign-page.server";

export const loader = signedLoader;
export const handle: I18nHandle = { i18n: ["agreements"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

const DONE_TEXT = {
  SIGNED: "agreements:sign.doneAll",
  PARTLY_SIGNED: "agreements:sign.doneSome",
  SCAN: "agreements:sign.doneScan",
} as const;

/** After signing or sending a scan: thanks, and what happens next. */
export default function AgreementSigned() {
  const { status } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="signed-title">
      <h1 id="signed-title">{t(status === "SCAN" ? "agreements:sign.doneScanTitle" : "agreements:sign.doneTitle")}</h1>
      <p className="notice notice--success" role="status">
        {t(DONE_TEXT[status])}
      </p>
    </section>
  );
}
