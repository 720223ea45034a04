import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, FieldMessages, SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import type {
  RegistrationFailure,
  RegistrationPanelData,
} from "~/modules/registrations/event-registration-page.server";
import {
  classSchema,
  guestSchema,
  LANGUAGE_LEVELS,
  MAX_ADULTS,
  MAX_PUPILS,
  personSchema,
} from "~/modules/registrations/registration.schema";

type HerePanel = Extract<RegistrationPanelData, { mode: "HERE" }>;
type Date = HerePanel["dates"][number];

/** Seats left or the waiting list of one date, in words. */
function DateState({ date }: { date: Date }) {
  const { t } = useTranslation();
  if (!date.open) return <>{t("registrations:panel.closed")}</>;
  if (date.free > 0) return <>{t("registrations:panel.free", { count: date.free })}</>;
  return <>{t("registrations:panel.full", { count: date.waitingEntries })}</>;
}

function DateChoice({ dates, id, error, value }: { dates: Date[]; id: string; error?: string; value?: string }) {
  const { t } = useTranslation();
  const open = dates.filter((d) => d.open);
  if (open.length === 1) return <input type="hidden" name="date" value={open[0]!.value} />;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{t("registrations:fields.date")}</label>
      <FieldMessages name={id} error={error} />
      <select id={id} name="date" defaultValue={value} aria-invalid={error ? true : undefined}>
        {open.map((d) => (
          <option key={d.value} value={d.value}>
            {d.when} –{" "}
            {d.free > 0 ? t("registrations:panel.free", { count: d.free }) : t("registrations:panel.fullShort")}
          </option>
        ))}
      </select>
    </div>
  );
}

function PersonForm({ panel, failure }: { panel: HerePanel; failure?: RegistrationFailure }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const guest = panel.viewer === "guest";
  const { errors, onSubmit } = useValidatedForm(guest ? guestSchema : personSchema, failure?.errors);
  const values = failure?.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const full = panel.dates.filter((d) => d.open).every((d) => d.free === 0);
  return (
    <Form
      method="post"
      noValidate
      onSubmit={onSubmit}
      className="registration-form"
      aria-labelledby="person-form-title"
    >
      <h3 id="person-form-title">
        {guest
          ? t("registrations:panel.personTitle")
          : t("registrations:panel.accountTitle", { name: panel.viewerName })}
      </h3>
      {errors?.form ? (
        <p role="alert" className="field__error">
          {t(errors.form)}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="person" />
      <DateChoice dates={panel.dates} id="date" error={errors?.date} value={text("date")} />
      {guest ? (
        <>
          <TextField
            name="name"
            label={t("registrations:fields.name")}
            autoComplete="name"
            required
            defaultValue={text("name")}
            error={errors?.name}
          />
          <TextField
            name="email"
            type="email"
            label={t("registrations:fields.email")}
            autoComplete="email"
            required
            defaultValue={text("email")}
            error={errors?.email}
            hint={t("registrations:fields.emailHint")}
          />
        </>
      ) : null}
      {panel.perPersonLimit > 1 ? (
        <TextField
          name="places"
          type="number"
          inputMode="numeric"
          min={1}
          max={panel.perPersonLimit}
          label={t("registrations:fields.places", { count: panel.perPersonLimit })}
          defaultValue={text("places") ?? "1"}
          error={errors?.places}
        />
      ) : (
        <input type="hidden" name="places" value="1" />
      )}
      {guest ? (
        <CheckboxField
          name="ageConfirmed"
          label={t("registrations:fields.ageConfirmed")}
          error={errors?.ageConfirmed}
        />
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {full ? t("registrations:panel.joinWaitingList") : t("registrations:panel.register")}
      </button>
    </Form>
  );
}

function ClassForm({ panel, failure }: { panel: HerePanel; failure?: RegistrationFailure }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { errors, onSubmit } = useValidatedForm(classSchema, failure?.errors);
  const values = failure?.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="registration-form" aria-labelledby="class-form-title">
      <h3 id="class-form-title">{t("registrations:panel.classTitle")}</h3>
      {errors?.form ? (
        <p role="alert" className="field__error">
          {t(errors.form)}
        </p>
      ) : null}
      <input type="hidden" name="intent" value="class" />
      <DateChoice dates={panel.dates} id="class-date" error={errors?.date} value={text("date")} />
      <TextField
        name="className"
        label={t("registrations:fields.className")}
        required
        defaultValue={text("className")}
        error={errors?.className}
      />
      <div className="field-row">
        <TextField
          name="pupils"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_PUPILS}
          label={t("registrations:fields.pupils")}
          required
          defaultValue={text("pupils")}
          error={errors?.pupils}
        />
        <TextField
          name="adults"
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_ADULTS}
          label={t("registrations:fields.adults")}
          defaultValue={text("adults") ?? "1"}
          error={errors?.adults}
        />
      </div>
      <SelectField
        name="languageLevel"
        label={t("registrations:fields.languageLevel")}
        defaultValue={text("languageLevel") ?? ""}
        error={errors?.languageLevel}
      >
        <option value="">{t("registrations:fields.languageLevelNone")}</option>
        {LANGUAGE_LEVELS.map((level) => (
          <option key={level} value={level}>
            {level}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="accessibility"
        rows={3}
        label={t("registrations:fields.accessibility")}
        hint={t("registrations:fields.accessibilityHint")}
        defaultValue={text("accessibility")}
        error={errors?.accessibility}
      />
      <button type="submit" className="button" disabled={busy}>
        {t("registrations:panel.registerClass")}
      </button>
    </Form>
  );
}

/** The event page's registration section: external link, or dates with seats and the forms. */
export function RegistrationPanel({ panel }: { panel: RegistrationPanelData }) {
  const { t, i18n } = useTranslation();
  const failure = useActionData<RegistrationFailure>();
  return (
    <section aria-labelledby="registration-title" className="registration-panel">
      <h2 id="registration-title">{t("registrations:panel.title")}</h2>
      {panel.mode === "EXTERNAL" ? (
        <p>
          <a className="button" href={panel.externalUrl} rel="noopener noreferrer">
            {t("registrations:panel.external")}
          </a>
        </p>
      ) : (
        <>
          {panel.mine.length > 0 ? (
            <ul className="registration-mine">
              {panel.mine.map((mine) => (
                <li key={mine.id}>
                  <Link to={mine.path}>
                    {t(`registrations:status.${mine.status}`)} – {mine.label} (
                    {t("registrations:headCount", { count: mine.headCount })})
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <ul className="registration-dates">
            {panel.dates.map((date) => (
              <li key={date.value}>
                <strong>{date.when}</strong>: <DateState date={date} />
              </li>
            ))}
          </ul>
          {!panel.open ? (
            <p>{t("registrations:panel.noOpenDate")}</p>
          ) : (
            <>
              {panel.personRefusal ? (
                <p className="notice">{t(`registrations:refusal.${panel.personRefusal}`)}</p>
              ) : (
                <PersonForm panel={panel} failure={failure?.form === "person" ? failure : undefined} />
              )}
              {panel.viewer === "guest" ? (
                <p className="muted">
                  <Link to={`/${i18n.language}/login`}>{t("registrations:panel.logInForClasses")}</Link>
                </p>
              ) : null}
              {panel.mayRegisterClass ? (
                panel.classRefusal ? (
                  <p className="notice">{t(`registrations:refusal.${panel.classRefusal}`)}</p>
                ) : (
                  <ClassForm panel={panel} failure={failure?.form === "class" ? failure : undefined} />
                )
              ) : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
