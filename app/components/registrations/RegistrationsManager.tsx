import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { DoorCounts } from "~/components/registrations/DoorCounts";
import { REGISTRATION_MODES } from "~/modules/registrations/registration.schema";
import type {
  staffRegistrationsAction,
  staffRegistrationsLoader,
} from "~/modules/registrations/staff-registrations-page.server";

/**
 * How an event takes registrations and, per date, its attendee list: for staff and for the
 * event's own organiser members (the loader says where its links lead).
 */
export function RegistrationsManager() {
  const page = useLoaderData<typeof staffRegistrationsLoader>();
  const failure = useActionData<typeof staffRegistrationsAction>();
  const busy = useNavigation().state === "submitting";
  const { t } = useTranslation();
  const settingsFailure = failure?.form === "settings" ? failure : undefined;
  const values = settingsFailure?.values ?? page.values;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const dateField = page.date ? <input type="hidden" name="date" value={page.date.value} /> : null;
  return (
    <section aria-labelledby="registrations-title">
      <p>
        <Link to={page.eventPath}>{page.title}</Link> · <Link to={page.publicPath}>{t("events:staff.viewPublic")}</Link>
      </p>
      <h1 id="registrations-title">{t("registrations:staff.heading", { title: page.title })}</h1>
      {page.done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`registrations:staff.done.${page.done}`)}
        </p>
      ) : null}
      {failure && failure.form !== "settings" ? <FormRefusal errors={failure.errors} /> : null}

      <h2>{t("registrations:staff.settings")}</h2>
      <Form method="post" noValidate className="registration-settings">
        <SelectField
          name="mode"
          label={t("registrations:fields.mode")}
          defaultValue={text("mode")}
          error={settingsFailure?.errors.mode}
        >
          {REGISTRATION_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`registrations:mode.${mode}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="externalUrl"
          type="url"
          label={t("registrations:fields.externalUrl")}
          defaultValue={text("externalUrl")}
          error={settingsFailure?.errors.externalUrl}
        />
        <div className="field-row">
          <TextField
            name="seats"
            type="number"
            min={0}
            label={t("registrations:fields.seats")}
            defaultValue={text("seats")}
            error={settingsFailure?.errors.seats}
          />
          <TextField
            name="deadlineHours"
            type="number"
            min={0}
            label={t("registrations:fields.deadlineHours")}
            hint={t("registrations:fields.deadlineHoursHint")}
            defaultValue={text("deadlineHours")}
            error={settingsFailure?.errors.deadlineHours}
          />
          <TextField
            name="perPersonLimit"
            type="number"
            min={1}
            label={t("registrations:fields.perPersonLimit")}
            defaultValue={text("perPersonLimit")}
            error={settingsFailure?.errors.perPersonLimit}
          />
          <TextField
            name="offerHours"
            type="number"
            min={1}
            label={t("registrations:fields.offerHours")}
            hint={t("registrations:fields.offerHoursHint")}
            defaultValue={text("offerHours")}
            error={settingsFailure?.errors.offerHours}
          />
        </div>
        <CheckboxField
          name="autoConfirm"
          label={t("registrations:fields.autoConfirm")}
          defaultChecked={text("autoConfirm") === "on"}
        />
        <button type="submit" name="intent" value="settings" className="button" disabled={busy}>
          {t("registrations:staff.saveSettings")}
        </button>
      </Form>

      {page.dates.length > 1 ? (
        <Form method="get" className="field-row">
          <SelectField name="date" label={t("registrations:fields.date")} defaultValue={page.date?.value}>
            {page.dates.map((d) => (
              <option key={d.value} value={d.value}>
                {d.when}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button--secondary">
            {t("registrations:staff.showDate")}
          </button>
        </Form>
      ) : null}

      {page.date && page.counts ? (
        <>
          <h2>{page.date.when}</h2>
          <DoorCounts counts={page.counts} />
          {page.date.erased ? <p className="notice">{t("registrations:staff.erased")}</p> : null}
          <div className="form-actions">
            <Form method="post" className="field-row">
              {dateField}
              <TextField
                name="seats"
                type="number"
                min={0}
                label={t("registrations:fields.dateSeats")}
                hint={t("registrations:fields.dateSeatsHint", { count: page.counts.seats })}
                defaultValue={page.date.seats === null ? "" : String(page.date.seats)}
              />
              <button type="submit" name="intent" value="seats" className="button button--secondary" disabled={busy}>
                {t("registrations:staff.changeSeats")}
              </button>
            </Form>
            <Form method="post">
              {dateField}
              <button
                type="submit"
                name="intent"
                value={page.date.closed ? "open" : "close"}
                className="button button--secondary"
                disabled={busy}
              >
                {page.date.closed ? t("registrations:staff.reopen") : t("registrations:staff.close")}
              </button>
            </Form>
            {page.csvPath ? (
              <a className="button button--secondary" href={page.csvPath}>
                {t("registrations:staff.csv")}
              </a>
            ) : null}
          </div>

          <h3>{t("registrations:staff.attendees")}</h3>
          <Form method="get" role="search" className="field-row">
            {dateField}
            <TextField name="q" type="search" label={t("registrations:staff.search")} defaultValue={page.search} />
            <button type="submit" className="button button--secondary">
              {t("registrations:staff.searchButton")}
            </button>
          </Form>
          <div className="table-scroll">
            <table className="staff-table">
              <caption>{t("registrations:staff.caption", { count: page.rows.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("registrations:csv.name")}</th>
                  <th scope="col">{t("registrations:csv.status")}</th>
                  <th scope="col">{t("registrations:csv.headCount")}</th>
                  <th scope="col">{t("registrations:csv.checkedInAt")}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id}>
                    <td>
                      {r.className ? `${r.className} – ` : ""}
                      {r.name}
                      {r.email ? <div className="muted">{r.email}</div> : null}
                      {r.accessibility ? <div className="muted">{r.accessibility}</div> : null}
                    </td>
                    <td>{t(`registrations:status.${r.status}`)}</td>
                    <td>
                      {r.kind === "CLASS"
                        ? t("registrations:manage.classCount", {
                            pupils: r.pupils,
                            adults: r.adults,
                            count: r.headCount,
                          })
                        : r.headCount}
                      {r.languageLevel ? ` · ${r.languageLevel}` : ""}
                    </td>
                    <td>
                      {r.checkedIn ? (
                        r.checkedIn
                      ) : r.ticketPath ? (
                        <Form method="post">
                          {dateField}
                          <input type="hidden" name="registration" value={r.id} />
                          <button type="submit" name="intent" value="checkin" className="link-button" disabled={busy}>
                            {t("registrations:door.checkIn")}
                            <span className="visually-hidden"> – {r.className ?? r.name}</span>
                          </button>
                        </Form>
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <h3>{t("registrations:staff.message")}</h3>
          <Form method="post">
            {dateField}
            <TextAreaField
              name="message"
              rows={4}
              label={t("registrations:staff.messageLabel")}
              hint={t("registrations:staff.messageHint")}
              error={failure?.form === "message" ? failure.errors.message : undefined}
            />
            <button type="submit" name="intent" value="message" className="button" disabled={busy}>
              {t("registrations:staff.send")}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
