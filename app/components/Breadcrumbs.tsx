import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Crumb } from "~/modules/offers/breadcrumbs";

/** Where the page sits: links up the trail, the page itself last and marked as current. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t("common:breadcrumbs")}>
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.path}>
            {index === trail.length - 1 ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <Link to={crumb.path}>{crumb.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
