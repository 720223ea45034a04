import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { archiveEditionLoader } from "~/modules/newsletter/archive-page.server";

export const loader = archiveEditionLoader;
export const handle: I18nHandle = { i18n: ["newsletter"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The web version of a sent edition, in the reader's language (sanitised Markdown and links). */
export default function NewsletterEdition() {
  const { subject, sections, contentLanguage, otherLanguage } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <article className="page" aria-labelledby="edition-title" lang={contentLanguage}>
      <h1 id="edition-title">{subject}</h1>
      {otherLanguage ? <p lang={i18n.language}>{t("newsletter:archive.inGerman")}</p> : null}
      {sections.map((section) => (
        <section key={section.id}>
          {section.heading ? <h2>{section.heading}</h2> : null}
          {section.html ? <div dangerouslySetInnerHTML={{ __html: section.html }} /> : null}
          {section.items.length > 0 ? (
            <ul>
              {section.items.map((item) => (
                <li key={item.url}>
                  <a href={item.url}>{item.title}</a> – {item.details}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      <p lang={i18n.language}>
        <Link to={`/${i18n.language}/newsletter/archive`}>{t("newsletter:archive.all")}</Link>
      </p>
    </article>
  );
}
