import { useTranslation } from "react-i18next";
import type { ApplicationView } from "~/modules/applications/application-view.server";

/**
 * The application's history, oldest first: every state it went through with its moment, and the
 * company's message with a decline. `reader` words each step for who reads it: the student, the
 * company, or someone reading along (the school's coordinator, staff).
 */
export function ApplicationTimeline({
  timeline,
  reader,
}: {
  timeline: ApplicationView["timeline"];
  reader: "student" | "company" | "observer";
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("applications:timeline.heading")}</h2>
      <ol className="application-timeline">
        {timeline.map((event) => (
          <li
            key={event.id}
            className={`application-timeline__step application-timeline__step--${event.status.toLowerCase()}`}
          >
            <time dateTime={event.at.iso}>{event.at.text}</time>
            <p className="application-timeline__what">{t(`applications:timeline.${reader}.${event.status}`)}</p>
            {event.message ? (
              <blockquote className="application-timeline__message">
                <p className="visually-hidden">{t("applications:timeline.message")}</p>
                <p>{event.message}</p>
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
