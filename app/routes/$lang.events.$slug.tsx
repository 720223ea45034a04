import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RegistrationPanel } from "~/components/registrations/RegistrationPanel";
import { eventPageLoader } from "~/modules/events/public-events-page.server";
import { eventRegistrationAction } from "~/modules/registrations/event-registration-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";

export const handle: I18nHandle = { i18n: ["events", "registrations"] };
export const loader = eventPageLoader;
export const action = eventRegistrationAction;
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function EventPage() {
  const event = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <article className="page event-page">
      {/* Escaped by jsonLdScriptContent: no text in it can close the script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: event.jsonLd }} />
      <p>
        <Link to={`/${i18n.language}/events`}>{t("events:page.back")}</Link>
      </p>
      <h1>{event.title}</h1>
      {event.status !== "SCHEDULED" ? (
        <p role="status" className="event-status-notice">
          <strong>{t(`events:status.${event.status}`)}</strong> – {t(`events:page.statusNote.${event.status}`)}
        </p>
      ) : null}
      {event.past ? <p className="event-past-notice">{t("events:page.past")}</p> : null}
      {event.image ? (
        <img className="event-image" src={event.image.src} alt={event.image.alt} width={960} height={540} />
      ) : null}
      <dl className="event-facts">
        <dt>{t("events:page.when")}</dt>
        <dd>
          <time dateTime={event.startsAt}>{event.when}</time>
        </dd>
        <dt>{t("events:page.where")}</dt>
        <dd>
          {event.attendance !== "ONLINE" ? [event.venue, event.address, event.town].filter(Boolean).join(", ") : null}
          {event.onlineUrl && event.attendance !== "IN_PERSON" ? (
            <>
              {event.attendance === "HYBRID" ? " · " : null}
              <a href={event.onlineUrl} rel="noopener noreferrer nofollow">
                {t("events:page.onlineLink")}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t("events:fields.categoryId")}</dt>
        <dd>{event.category}</dd>
        <dt>{t("events:fields.spokenLanguage")}</dt>
        <dd>{t(`events:language.${event.spokenLanguage}`)}</dd>
        <dt>{t("events:fields.audience")}</dt>
        <dd>{t(`events:audience.${event.audience}`)}</dd>
        <dt>{t("events:fields.priceText")}</dt>
        <dd>{event.free ? t("events:fields.isFree") : event.priceText}</dd>
        <dt>{t("events:fields.organiserId")}</dt>
        <dd>
          {event.organiser.name} ({event.organiser.town})
          {event.organiser.website ? (
            <>
              {" "}
              · <a href={event.organiser.website}>{t("events:page.website")}</a>
            </>
          ) : null}
        </dd>
      </dl>
      {event.descriptionLanguage ? (
        <p className="muted">{t(`events:page.onlyIn.${event.descriptionLanguage}`)}</p>
      ) : null}
      <div
        className="event-description"
        lang={event.descriptionLanguage ?? undefined}
        dangerouslySetInnerHTML={{ __html: event.descriptionHtml }}
      />
      {event.registration ? <RegistrationPanel panel={event.registration} /> : null}
      {event.dates.length > 0 ? (
        <section aria-labelledby="dates-title">
          <h2 id="dates-title">{t("events:page.nextDates")}</h2>
          <ul>
            {event.dates.map((date) => (
              <li key={date.key}>
                {date.when}
                {date.cancelled ? ` – ${t("events:status.CANCELLED")}` : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="form-actions">
        <a className="button" href={event.icsPath}>
          {t("events:page.addToCalendar")}
        </a>
      </p>
      <p>
        <label htmlFor="share-link">{t("events:page.share")}</label>{" "}
        <input id="share-link" type="url" readOnly value={event.shareUrl} size={50} />{" "}
        <a href={`mailto:?subject=${encodeURIComponent(event.title)}&body=${encodeURIComponent(event.shareUrl)}`}>
          {t("events:page.shareByMail")}
        </a>
      </p>
      <section aria-labelledby="others-title">
        <h2 id="others-title">{t("events:page.others")}</h2>
        {event.others.length === 0 ? <p>{t("events:page.noOthers")}</p> : null}
        <ul>
          {event.others.map((other) => (
            <li key={other.key}>
              <Link to={other.path}>{other.title}</Link> – {other.when}
            </li>
          ))}
        </ul>
        <p>
          <a href={event.organiser.feedPath}>{t("events:page.organiserFeed")}</a>
        </p>
      </section>
    </article>
  );
}
