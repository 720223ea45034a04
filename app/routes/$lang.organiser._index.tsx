import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MemberList } from "~/components/account/MemberList";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { organiserHomeLoader } from "~/modules/organisers/organiser-pages.server";

export const loader = organiserHomeLoader;
export const handle: I18nHandle = { i18n: ["organisers", "events", "account"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** An organiser member's start page: the organisation's review state, its events, the team. */
export default function OrganiserHome() {
  const { organiser, events, team } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/organiser`;
  return (
    <section className="page" aria-labelledby="organiser-title">
      <h1 id="organiser-title">{organiser.name}</h1>
      <p className="lede">
        {t(`events:organiserKind.${organiser.kind}`)} · {organiser.town}
      </p>
      {organiser.verified ? null : (
        <div className="notice" role="status">
          <p>{t(organiser.rejected ? "organisers:home.rejected" : "organisers:home.pending")}</p>
          {organiser.rejected && organiser.rejectionReason ? <p>{organiser.rejectionReason}</p> : null}
        </div>
      )}
      <h2>{t("organisers:home.events")}</h2>
      <p className="form-actions">
        <Link className="button" to={`${base}/events/new`}>
          {t("organisers:event.new")}
        </Link>
      </p>
      {events.length === 0 ? (
        <p>{t("organisers:home.noEvents")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("organisers:home.caption", { count: events.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("events:staff.columns.title")}</th>
                <th scope="col">{t("events:staff.columns.when")}</th>
                <th scope="col">{t("events:staff.columns.state")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <th scope="row">
                    <Link to={`${base}/events/${event.id}`}>{event.title}</Link>
                  </th>
                  <td>{event.when}</td>
                  <td>
                    {event.published ? t("events:staff.published") : t("organisers:home.notPublished")}
                    {event.status !== "SCHEDULED" ? <div>{t(`events:status.${event.status}`)}</div> : null}
                    {event.review ? <div>{t(`organisers:review.${event.review}`)}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MemberList members={team} />
      <p>
        <Link to={`${base}/members`}>{t("organisers:home.teamLink")}</Link>
      </p>
    </section>
  );
}
