import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { DayBanner, HomeEventCard } from "~/modules/editions/home-editions.server";

/** The next events on the home page, with a link to the whole calendar. */
export function EventsSection({ events, language }: { events: HomeEventCard[]; language: string }) {
  const { t } = useTranslation();
  return (
    <section className="home-events" aria-labelledby="home-events-title">
      <h2 id="home-events-title">{t("home:sections.events.next")}</h2>
      {events.length > 0 ? (
        <ul className="home-events__list">
          {events.map((event) => (
            <li key={event.key}>
              <Link to={event.path}>{event.title}</Link>
              <br />
              <time dateTime={event.startsAt}>{event.when}</time>
              {event.town ? ` · ${event.town}` : null}
              {event.cancelled ? <strong> · {t("home:sections.events.cancelled")}</strong> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("home:sections.events.none")}</p>
      )}
      <p>
        <Link to={`/${language}/events`}>{t("home:sections.events.all")}</Link>
      </p>
    </section>
  );
}

/** From 1 December to 22 January: the coming Franco-German Day, linking to its programme. */
export function DayBannerLink({ banner }: { banner: DayBanner | null }) {
  const { t } = useTranslation();
  if (!banner) return null;
  return (
    <aside className="day-banner" aria-label={t("home:sections.banner.label")}>
      <Link to={banner.path}>{t("home:sections.banner.text", { year: banner.year, theme: banner.theme })}</Link>
    </aside>
  );
}
