import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireLanguage, translatorFor } from "~/modules/i18n/i18n.server";
import { pageMetaInput } from "~/modules/i18n/page-meta.server";
import { requireStaff } from "~/modules/staff/staff-access.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params);
  await requireStaff(request, language);
  return { meta: pageMetaInput(request, language, translatorFor(language)("staff:overview.title")) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

const SECTIONS = ["moderation", "coordinators", "outbox", "people", "synonyms", "holidays", "audit"] as const;

export default function StaffOverview() {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="staff-title">
      <h1 id="staff-title">{t("staff:overview.title")}</h1>
      <p className="lede">{t("staff:overview.intro")}</p>
      <ul className="staff-sections">
        {SECTIONS.map((section) => (
          <li key={section} className="card">
            <h2>
              <Link to={`/${i18n.language}/staff/${section}`}>{t(`staff:nav.${section}`)}</Link>
            </h2>
            <p>{t(`staff:overview.${section}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
