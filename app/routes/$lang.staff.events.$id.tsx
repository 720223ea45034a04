import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/EventForm";
import { SelectField } from "~/components/forms/FormFields";
import { EVENT_STATUSES } from "~/modules/events/event.schema";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { editEventAction, editEventLoader } from "~/modules/events/staff-events-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = editEventLoader;
export const action = editEventAction;
export const handle: I18nHandle = { i18n: ["staff", "events", "editions", "registrations"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function EditEvent() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  const mine = failure?.form === "event" ? failure : undefined;
  return (
    <section aria-labelledby="event-title">
      <h1 id="event-title">{page.title}</h1>
      {page.done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`events:staff.done.${page.done}`)}
        </p>
      ) : null}
      {failure && !mine ? (
        <p role="alert" className="field__error">
          {t(Object.values(failure.errors)[0] ?? "events:errors.timeInvalid")}
        </p>
      ) : null}
      <p>
        {t(page.published ? "events:staff.published" : "events:staff.draft")} · {t(`events:status.${page.status}`)} ·{" "}
        {t("events:staff.sequence", { sequence: page.sequence })}
        {page.published ? (
          <>
            {" "}
            · <Link to={page.publicPath}>{t("events:staff.viewPublic")}</Link>
          </>
        ) : null}{" "}
        · <Link to={`/${page.language}/staff/events/${page.id}/registrations`}>{t("registrations:staff.link")}</Link>
      </p>
      <div className="form-actions">
        {!page.published ? (
          <Form method="post">
            <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
              {t("events:staff.publish")}
            </button>
          </Form>
        ) : null}
        <Form method="post" className="event-status-form">
          <SelectField name="status" label={t("events:fields.status")} defaultValue={page.status}>
            {EVENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`events:status.${status}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" name="intent" value="status" className="button button--secondary" disabled={busy}>
            {t("events:staff.changeStatus")}
          </button>
        </Form>
      </div>
      <h2>{t("events:staff.wholeEvent")}</h2>
      <EventForm
        key={mine ? "refused" : "stored"}
        values={mine?.values ?? page.values}
        errors={mine?.errors}
        choices={page.choices}
        isNew={false}
        image={{ url: page.imageUrl }}
      />
      {page.occurrences.length > 0 ? (
        <>
          <h2>{t("events:staff.dates")}</h2>
          <ul className="event-occurrences">
            {page.occurrences.map((o) => (
              <li key={o.original}>
                <p>
                  <strong>{o.when}</strong>
                  {o.cancelled ? ` – ${t("events:status.CANCELLED")}` : ""}
                  {o.moved ? ` – ${t("events:staff.moved")}` : ""}
                </p>
                <Form method="post" className="field-row">
                  <input type="hidden" name="intent" value="occurrence" />
                  <input type="hidden" name="original" value={o.original} />
                  <div className="field">
                    <label htmlFor={`start-${o.original}`}>{t("events:fields.start")}</label>
                    <input id={`start-${o.original}`} name="start" type="datetime-local" defaultValue={o.start} />
                  </div>
                  <div className="field">
                    <label htmlFor={`end-${o.original}`}>{t("events:fields.end")}</label>
                    <input id={`end-${o.original}`} name="end" type="datetime-local" defaultValue={o.end} />
                  </div>
                  <button type="submit" className="button button--secondary" disabled={busy}>
                    {t("events:staff.moveDate")}
                    <span className="visually-hidden"> – {o.when}</span>
                  </button>
                </Form>
                {!o.cancelled ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="occurrence" />
                    <input type="hidden" name="original" value={o.original} />
                    <button type="submit" name="cancelled" value="on" className="link-button" disabled={busy}>
                      {t("events:staff.cancelDate")}
                      <span className="visually-hidden"> – {o.when}</span>
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
