import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { archivePageLoader } from "~/modules/newsletter/archive-page.server";

export const loader = archivePageLoader;
export const handle: I18nHandle = { i18n: ["newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** Every sent edition, newest first, with the Atom feed. */
export default function NewsletterArchive() {
  const { editions, otherLanguage } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="archive-title">
      <h1 id="archive-title">{t("newsletter:archive.title")}</h1>
      {otherLanguage ? <p>{t("newsletter:archive.inGerman")}</p> : null}
      {editions.length === 0 ? <p>{t("newsletter:archive.empty")}</p> : null}
      <ul>
        {editions.map((edition) => (
          <li key={edition.month}>
            <Link to={`/${i18n.language}/newsletter/archive/${edition.month}`}>{edition.subject}</Link> ({edition.month}
            )
          </li>
        ))}
      </ul>
      <p>
        <a href={`/${i18n.language}/newsletter/feed.xml`} type="application/atom+xml">
          {t("newsletter:archive.feed")}
        </a>
      </p>
      <p>
        <Link to={`/${i18n.language}/newsletter`}>{t("newsletter:archive.subscribe")}</Link>
      </p>
    </section>
  );
}
