import type { MetaFunction } from "@remix-run/node";
import { LegalPage } from "~/components/LegalPage";
import { legalPageLoader } from "~/modules/i18n/legal-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

/** The translation namespaces this page's components use, sent to the browser with it. */
export const handle: I18nHandle = { i18n: ["legal"] };

export const loader = legalPageLoader("privacy");

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function PrivacyPage() {
  return <LegalPage page="privacy" />;
}
