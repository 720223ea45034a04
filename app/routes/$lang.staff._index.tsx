import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { staffHomeLoader } from "~/modules/staff/staff-home-page.server";

export const loader = staffHomeLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** Each section's key (its texts in staff.json) and its path below /staff. */
const SECTIONS = [
  ["moderation", "moderation"],
  ["coordinators", "coordinators"],
  ["outbox", "outbox"],
  ["people", "people"],
  ["synonyms", "synonyms"],
  ["holidays", "holidays"],
  ["programmes", "programmes"],
  ["agreementClauses", "agreements/clauses"],
  ["audit", "audit"],
] as const;

export default function StaffOverview() {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="staff-title">
      <h1 id="staff-title">{t("staff:overview.title")}</h1>
      <p className="lede">{t("staff:overview.intro")}</p>
      <ul className="staff-sections">
        {SECTIONS.map(([section, path]) => (
          <li key={section} className="card">
            <h2>
              <Link to={`/${i18n.language}/staff/${path}`}>{t(`staff:nav.${section}`)}</Link>
            </h2>
            <p>{t(`staff:overview.${section}`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
