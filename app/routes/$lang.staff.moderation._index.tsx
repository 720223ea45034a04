import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Timestamp } from "~/components/staff/Timestamp";
import { queueLoader } from "~/modules/moderation/moderation-pages.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = queueLoader;

/** The review page of each kind of waiting item. */
const PAGES = {
  company: "companies",
  offer: "offers",
  organiser: "organisers",
  event: "events",
  companyChange: "company-changes",
} as const;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function ModerationQueue() {
  const { items, done, limited } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/staff/moderation`;
  return (
    <section aria-labelledby="moderation-title">
      <h1 id="moderation-title">{t("moderation:title")}</h1>
      <p className="lede">{t("moderation:intro")}</p>
      {done ? (
        <p role="status" className="moderation-done">
          {t(`moderation:done.${done}`)}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p>{t("moderation:queue.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table moderation-queue">
            <caption>{t("moderation:queue.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("moderation:queue.waitingSince")}</th>
                <th scope="col">{t("moderation:queue.kind")}</th>
                <th scope="col">{t("moderation:queue.name")}</th>
                <th scope="col">{t("moderation:queue.company")}</th>
                <th scope="col">{t("moderation:queue.notes")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.kind}-${item.id}`}>
                  <td>
                    <Timestamp value={item.waitingSince} />
                  </td>
                  <td>{t(`moderation:queue.kinds.${item.kind}`)}</td>
                  <th scope="row">
                    <Link to={`${base}/${PAGES[item.kind]}/${item.id}`}>{item.name}</Link>
                  </th>
                  <td>
                    {item.kind === "offer" || item.kind === "event" ? (
                      <Link to={`${base}/${item.kind === "offer" ? "companies" : "organisers"}/${item.companyId}`}>
                        {item.companyName}
                      </Link>
                    ) : (
                      item.companyName
                    )}
                  </td>
                  <td>
                    {item.kind === "offer" || item.kind === "event" ? (
                      <ul className="moderation-notes">
                        {item.companyVerified ? null : (
                          <li className="moderation-notes__warning">
                            {t(
                              item.kind === "offer"
                                ? "moderation:queue.companyPending"
                                : "moderation:queue.organiserPending",
                            )}
                          </li>
                        )}
                        <li>
                          {item.firstPublication
                            ? t("moderation:queue.firstPublication")
                            : t("moderation:queue.changed")}
                        </li>
                      </ul>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {limited ? <p className="note">{t("moderation:queue.limited", { count: items.length })}</p> : null}
    </section>
  );
}
