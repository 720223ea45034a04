import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffEventsLoader } from "~/modules/events/staff-events-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = staffEventsLoader;
export const handle: I18nHandle = { i18n: ["staff", "events"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffEvents() {
  const { events } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">{t("events:staff.title")}</h1>
      <p className="form-actions">
        <Link className="button" to={`/${i18n.language}/staff/events/new`}>
          {t("events:staff.new")}
        </Link>
        <Link to={`/${i18n.language}/staff/events/settings`}>{t("events:settings.title")}</Link>
      </p>
      <div className="table-scroll">
        <table className="staff-table">
          <caption>{t("events:staff.caption", { count: events.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("events:staff.columns.title")}</th>
              <th scope="col">{t("events:staff.columns.when")}</th>
              <th scope="col">{t("events:staff.columns.organiser")}</th>
              <th scope="col">{t("events:staff.columns.state")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <th scope="row">
                  <Link to={`/${i18n.language}/staff/events/${event.id}`}>{event.title}</Link>
                </th>
                <td>
                  {event.when}
                  {event.series ? <div className="muted">{t("events:staff.series")}</div> : null}
                </td>
                <td>{event.organiser}</td>
                <td>
                  {t(event.published ? "events:staff.published" : "events:staff.draft")}
                  {event.status !== "SCHEDULED" ? <div>{t(`events:status.${event.status}`)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
