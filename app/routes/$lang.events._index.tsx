import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventsMap } from "~/components/events/EventsMap";
import { EVENT_AUDIENCES, EVENT_LANGUAGES } from "~/modules/events/event.schema";
import { filterQuery } from "~/modules/events/event-filters";
import { eventsListLoader, type EventCard } from "~/modules/events/public-events-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["events", "map"] };
export const loader = eventsListLoader;
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

function EventLine({ event }: { event: EventCard }) {
  const { t } = useTranslation();
  return (
    <>
      <Link to={event.path}>{event.title}</Link>
      {event.status !== "SCHEDULED" ? (
        <strong className="event-status"> – {t(`events:status.${event.status}`)}</strong>
      ) : null}
    </>
  );
}

export default function EventsPage() {
  const page = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/events`;
  const { filters, choices } = page;
  return (
    <div className="page events-page">
      <h1>{t("events:list.title")}</h1>
      <p className="lede">{t("events:list.intro")}</p>
      <Form method="get" className="event-filters" aria-label={t("events:list.filtersLabel")}>
        {filters.view === "month" ? <input type="hidden" name="view" value="month" /> : null}
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-category">{t("events:fields.categoryId")}</label>
            <select id="f-category" name="category" defaultValue={filters.category ?? ""}>
              <option value="">{t("events:list.any")}</option>
              {choices.categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-place">{t("events:list.place")}</label>
            <select id="f-place" name="place" defaultValue={filters.place ?? ""}>
              <option value="">{t("events:list.anywhere")}</option>
              {choices.places.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-radius">{t("events:list.radius")}</label>
            <select id="f-radius" name="radius" defaultValue={String(filters.radiusKm)}>
              {choices.radii.map((r) => (
                <option key={r} value={r}>
                  {t("events:list.km", { count: r })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="f-from">{t("events:list.from")}</label>
            <input id="f-from" name="from" type="date" defaultValue={filters.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("events:list.to")}</label>
            <input id="f-to" name="to" type="date" defaultValue={filters.to ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-language">{t("events:fields.spokenLanguage")}</label>
            <select id="f-language" name="language" defaultValue={filters.language ?? ""}>
              <option value="">{t("events:list.any")}</option>
              {EVENT_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`events:language.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-audience">{t("events:fields.audience")}</label>
            <select id="f-audience" name="audience" defaultValue={filters.audience ?? ""}>
              <option value="">{t("events:list.any")}</option>
              {EVENT_AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`events:audience.${a}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field field--checkbox">
          <input id="f-free" name="free" type="checkbox" value="1" defaultChecked={filters.freeOnly} />
          <label htmlFor="f-free">{t("events:list.freeOnly")}</label>
        </div>
        <div className="field field--checkbox">
          <input id="f-online" name="online" type="checkbox" value="1" defaultChecked={filters.onlineOnly} />
          <label htmlFor="f-online">{t("events:list.onlineOnly")}</label>
        </div>
        <button type="submit" className="button">
          {t("events:list.apply")}
        </button>{" "}
        <Link to={base}>{t("events:list.reset")}</Link>
      </Form>
      <nav aria-label={t("events:list.viewsLabel")} className="event-views">
        <Link
          to={`${base}${filterQuery({ ...filters, view: "list", page: 1 })}`}
          aria-current={page.view === "list" ? "page" : undefined}
        >
          {t("events:list.listView")}
        </Link>{" "}
        ·{" "}
        <Link
          to={`${base}${filterQuery({ ...filters, view: "month", page: 1 })}`}
          aria-current={page.view === "month" ? "page" : undefined}
        >
          {t("events:list.monthView")}
        </Link>{" "}
        · <a href={page.feedPath}>{t("events:list.subscribe")}</a>
      </nav>
      {page.view === "list" ? (
        <>
          {page.events.length === 0 ? <p>{t("events:list.empty")}</p> : null}
          <EventsMap events={page.events} tiles={page.map} />
          <ol className="event-list">
            {page.events.map((event) => (
              <li key={event.key} className="event-card">
                {event.image ? (
                  <img
                    className="event-card__image"
                    src={event.image.src}
                    alt={event.image.alt}
                    width={160}
                    height={90}
                    loading="lazy"
                  />
                ) : null}
                <h2>
                  <EventLine event={event} />
                </h2>
                <p>
                  <time dateTime={event.startsAt}>{event.when}</time>
                </p>
                <p className="muted">
                  {[
                    event.category,
                    event.town,
                    event.venue,
                    t(`events:attendance.${event.attendance}`),
                    t(`events:language.${event.spokenLanguage}`),
                    event.free ? t("events:fields.isFree") : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="muted">{event.organiser}</p>
              </li>
            ))}
          </ol>
          <nav aria-label={t("events:list.pagesLabel")} className="pagination">
            {filters.page > 1 ? (
              <Link to={`${base}${filterQuery({ ...filters, page: filters.page - 1 })}`} rel="prev">
                {t("events:list.previous")}
              </Link>
            ) : null}{" "}
            {page.hasNext ? (
              <Link to={`${base}${filterQuery({ ...filters, page: filters.page + 1 })}`} rel="next">
                {t("events:list.next")}
              </Link>
            ) : null}
          </nav>
        </>
      ) : page.month ? (
        <section aria-labelledby="month-title">
          <h2 id="month-title">{page.month.label}</h2>
          <p>
            <Link to={`${base}${filterQuery({ ...filters, view: "month", month: page.month.previous })}`}>
              {t("events:list.previousMonth")}
            </Link>{" "}
            ·{" "}
            <Link to={`${base}${filterQuery({ ...filters, view: "month", month: page.month.next })}`}>
              {t("events:list.nextMonth")}
            </Link>
          </p>
          <div className="table-scroll">
            <table className="month-grid">
              <caption className="visually-hidden">{page.month.label}</caption>
              <thead>
                <tr>
                  {[0, 1, 2, 3, 4, 5, 6].map((d) => (
                    <th key={d} scope="col">
                      {new Intl.DateTimeFormat(i18n.language, { weekday: "short", timeZone: "UTC" }).format(
                        new Date(Date.UTC(2024, 0, 1 + d)),
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.month.weeks.map((week, w) => (
                  <tr key={w}>
                    {week.map((cell, d) => (
                      <td key={d}>
                        {cell ? (
                          <>
                            <div className="month-grid__day">{cell.number}</div>
                            <ul>
                              {cell.events.map((event) => (
                                <li key={event.key}>
                                  <EventLine event={event} />
                                </li>
                              ))}
                            </ul>
                            {cell.more > 0 ? (
                              <Link
                                to={cell.dayList}
                                aria-label={t("events:list.moreOnDayLabel", {
                                  count: cell.more,
                                  date: new Intl.DateTimeFormat(i18n.language, {
                                    day: "numeric",
                                    month: "long",
                                    timeZone: "UTC",
                                  }).format(new Date(`${cell.day}T00:00:00Z`)),
                                })}
                              >
                                {t("events:list.moreOnDay", { count: cell.more })}
                              </Link>
                            ) : null}
                          </>
                        ) : null}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {page.deadlines.length > 0 ? (
        <section aria-labelledby="deadlines-title" className="event-deadlines">
          <h2 id="deadlines-title">{t("events:deadlines.title")}</h2>
          <p className="muted">{t("events:deadlines.intro")}</p>
          <ul>
            {page.deadlines.map((deadline) => (
              <li key={deadline.uid}>
                <time dateTime={deadline.date}>{deadline.dateText}</time>
                {": "}
                <Link to={deadline.path}>{t("events:deadlines.entry", { name: deadline.name })}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/${i18n.language}/programmes`}>{t("events:deadlines.all")}</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
