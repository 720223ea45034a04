import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface PageLink {
  page: number;
  href: string;
  current: boolean;
}

/** Previous, numbered and next page links; a gap in the numbers shows as an ellipsis. */
export function SearchPagination({ pages }: { pages: (PageLink | null)[] }) {
  const { t } = useTranslation();
  const links = pages.filter((page): page is PageLink => page !== null);
  if (links.length < 2) return null;
  const index = links.findIndex((link) => link.current);
  const previous = index > 0 ? links[index - 1] : undefined;
  const next = index >= 0 && index < links.length - 1 ? links[index + 1] : undefined;
  // Only neighbours are rel=prev/next; a gap means the next link in the list is not the next page.
  const neighbour = (link: PageLink | undefined, page: number) => (link?.page === page ? link : undefined);
  const current = links[index]?.page ?? 1;
  const previousLink = neighbour(previous, current - 1);
  const nextLink = neighbour(next, current + 1);
  return (
    <nav className="pagination search-pagination" aria-label={t("search:pagination.label")}>
      {previousLink ? (
        <Link to={previousLink.href} rel="prev">
          {t("search:pagination.previous")}
        </Link>
      ) : null}
      <ul>
        {pages.map((link, position) =>
          link === null ? (
            <li key={`gap-${position}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              {link.current ? (
                <span aria-current="page">
                  <span className="visually-hidden">{t("search:pagination.page", { page: link.page })}</span>
                  <span aria-hidden="true">{link.page}</span>
                </span>
              ) : (
                <Link to={link.href} aria-label={t("search:pagination.page", { page: link.page })}>
                  {link.page}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {nextLink ? (
        <Link to={nextLink.href} rel="next">
          {t("search:pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
