import type { MetaFunction } from "@remix-run/node";
import { LegalPage } from "~/components/LegalPage";
import { legalPageLoader } from "~/modules/i18n/legal-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = legalPageLoader("imprint");

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function ImprintPage() {
  return <LegalPage page="imprint" />;
}
