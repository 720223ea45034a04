import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { staffHomeLoader } from "~/modules/staff/staff-home-page.server";

export const loader = staffHomeLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

const SECTIONS = [
  "moderation",
  "coordinators",
  "outbox",
  "people",
  "synonyms",
  "holidays",
  "programmes",
  "audit",
] as const;

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
