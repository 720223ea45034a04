import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { myRegistrationsLoader } from "~/modules/registrations/my-registrations-page.server";

export const handle: I18nHandle = { i18n: ["registrations"] };
export const loader = myRegistrationsLoader;
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

type Item = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

function Entries({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.id}>
          <Link to={item.path}>
            {item.title} – {item.when}
          </Link>
          <br />
          {t(`registrations:status.${item.status}`)} · {item.label} (
          {t("registrations:headCount", { count: item.headCount })})
        </li>
      ))}
    </ul>
  );
}

export default function MyRegistrations() {
  const page = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page" aria-labelledby="mine-title">
      <h1 id="mine-title">{t("registrations:mine.title")}</h1>
      <h2>{t("registrations:mine.upcoming")}</h2>
      {page.upcoming.length === 0 ? (
        <p>
          {t("registrations:mine.none")}{" "}
          <Link to={`/${i18n.language}/events`}>{t("registrations:mine.findEvents")}</Link>
        </p>
      ) : (
        <Entries items={page.upcoming} />
      )}
      {page.past.length > 0 ? (
        <>
          <h2>{t("registrations:mine.past")}</h2>
          <Entries items={page.past} />
        </>
      ) : null}
    </section>
  );
}
