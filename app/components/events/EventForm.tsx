import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { ImageField } from "~/components/forms/ImageField";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { EVENT_TIME_ZONES } from "~/modules/events/event-time";
import {
  DESCRIPTION_MAX_LENGTH,
  EVENT_ATTENDANCES,
  EVENT_AUDIENCES,
  EVENT_LANGUAGES,
  TITLE_MAX_LENGTH,
  eventSchema,
} from "~/modules/events/event.schema";
import { REPEAT_KINDS } from "~/modules/events/recurrence";
import { ALT_MAX_LENGTH } from "~/modules/images/image-policy";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

export interface EventFormChoices {
  categories: { value: string; label: string }[];
  organisers: { value: string; label: string }[];
  places: { value: string; label: string; country: string }[];
  /** The 22 January editions an event can be a session of (optional for forms that offer none). */
  editions?: { value: string; label: string }[];
}

/**
 * The event form of staff and organisers: texts in three languages, a picture with its
 * descriptions, category and organiser, the public it is for, the venue (a town from the list, an
 * address with coordinates, or a link), times in a zone, and the rule of a series. A plain
 * multipart POST; with JavaScript the shared schema checks the fields first.
 */
export function EventForm({
  values,
  errors: serverErrors,
  choices,
  isNew,
  image,
  actions,
  hidden,
}: {
  values: FormValues;
  errors: FieldErrors | undefined;
  choices: EventFormChoices;
  isNew: boolean;
  /** The picture the form starts from, and a note on it (an organiser's picture waiting for review). */
  image?: { url: string | null; note?: string | null };
  /** The form's buttons when not staff's (an organiser saves a draft or sends it to review). */
  actions?: ReactNode;
  /** Fields the person does not choose: an organiser member's own organiser, the 22 January edition. */
  hidden?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { errors, onSubmit } = useValidatedForm(eventSchema, serverErrors);
  const busy = useNavigation().state === "submitting";
  const field = (name: string) => ({
    name,
    label: t(`events:fields.${name}`),
    error: errors?.[name],
    defaultValue: textOf(values, name),
  });
  const labels = Object.fromEntries(
    [
      "titleDe",
      "titleFr",
      "titleEn",
      "descriptionDe",
      "descriptionFr",
      "descriptionEn",
      "image",
      "imageAltDe",
      "imageAltFr",
      "categoryId",
      "organiserId",
      "spokenLanguage",
      "audience",
      "priceText",
      "attendance",
      "placeId",
      "venueName",
      "address",
      "latitude",
      "longitude",
      "onlineUrl",
      "timeZone",
      "start",
      "end",
      "repeat",
      "repeatUntil",
      "repeatCount",
    ].map((name) => [name, t(`events:fields.${name}`)]),
  );
  labels.editionId = t("editions:fields.editionId");
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="event-form">
        {Object.entries(hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset>
          <legend>{t("events:form.texts")}</legend>
          <p className="field__hint">{t("events:form.textsHint")}</p>
          {(["De", "Fr", "En"] as const).map((suffix) => (
            <div key={suffix} lang={suffix.toLowerCase()}>
              <TextField {...field(`title${suffix}`)} maxLength={TITLE_MAX_LENGTH} />
              <TextAreaField {...field(`description${suffix}`)} rows={6} maxLength={DESCRIPTION_MAX_LENGTH} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("events:form.imageLegend")}</legend>
          {image?.note ? <p className="field__hint">{image.note}</p> : null}
          <ImageField
            current={image?.url ? { src: image.url, alt: t("events:form.currentImage") } : null}
            label={t("events:fields.image")}
            hint={t("events:form.imageHint")}
            error={errors?.image}
            removeLabel={t("events:form.removeImage")}
            className="event-form__image"
          />
          {(["De", "Fr"] as const).map((suffix) => (
            <div key={suffix} lang={suffix.toLowerCase()}>
              <TextField {...field(`imageAlt${suffix}`)} maxLength={ALT_MAX_LENGTH} hint={t("events:form.altHint")} />
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("events:form.about")}</legend>
          <SelectField {...field("categoryId")} required>
            <option value="">{t("events:form.choose")}</option>
            {choices.categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </SelectField>
          {hidden?.organiserId ? null : (
            <SelectField {...field("organiserId")} required>
              <option value="">{t("events:form.choose")}</option>
              {choices.organisers.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </SelectField>
          )}
          {choices.editions && choices.editions.length > 0 ? (
            <SelectField {...field("editionId")} label={t("editions:fields.editionId")}>
              <option value="">{t("editions:form.none")}</option>
              {choices.editions.map((e) => (
                <option key={e.value} value={e.value}>
                  {t("editions:page.title", { year: e.label })}
                </option>
              ))}
            </SelectField>
          ) : null}
          <SelectField {...field("spokenLanguage")} required>
            {EVENT_LANGUAGES.map((value) => (
              <option key={value} value={value}>
                {t(`events:language.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField {...field("audience")} required>
            {EVENT_AUDIENCES.map((value) => (
              <option key={value} value={value}>
                {t(`events:audience.${value}`)}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            name="isFree"
            label={t("events:fields.isFree")}
            defaultChecked={textOf(values, "isFree") === "on"}
          />
          <TextField {...field("priceText")} hint={t("events:form.priceHint")} />
        </fieldset>
        <fieldset>
          <legend>{t("events:form.where")}</legend>
          <SelectField {...field("attendance")} required>
            {EVENT_ATTENDANCES.map((value) => (
              <option key={value} value={value}>
                {t(`events:attendance.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField {...field("placeId")}>
            <option value="">{t("events:form.noPlace")}</option>
            {choices.places.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </SelectField>
          <TextField {...field("venueName")} />
          <TextField {...field("address")} />
          <div className="field-row">
            <TextField {...field("latitude")} inputMode="decimal" />
            <TextField {...field("longitude")} inputMode="decimal" />
          </div>
          <TextField {...field("onlineUrl")} type="url" />
        </fieldset>
        <fieldset>
          <legend>{t("events:form.when")}</legend>
          <SelectField {...field("timeZone")} required>
            {EVENT_TIME_ZONES.map((zone) => (
              <option key={zone} value={zone}>
                {t(`events:zone.${zone === "Europe/Berlin" ? "berlin" : "paris"}`)}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            name="allDay"
            label={t("events:fields.allDay")}
            defaultChecked={textOf(values, "allDay") === "on"}
          />
          <div className="field-row">
            <TextField {...field("start")} type="datetime-local" required hint={t("events:form.timeHint")} />
            <TextField {...field("end")} type="datetime-local" required />
          </div>
          <SelectField {...field("repeat")}>
            {REPEAT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`events:repeat.${kind}`)}
              </option>
            ))}
          </SelectField>
          <div className="field-row">
            <TextField {...field("repeatUntil")} type="date" />
            <TextField {...field("repeatCount")} type="number" min={2} max={200} />
          </div>
        </fieldset>
        {actions ?? (
          <div className="form-actions">
            <button type="submit" name="intent" value={isNew ? "draft" : "save"} className="button" disabled={busy}>
              {t(isNew ? "events:form.saveDraft" : "events:form.save")}
            </button>
            {isNew ? (
              <button type="submit" name="intent" value="publish" className="button button--secondary" disabled={busy}>
                {t("events:form.savePublish")}
              </button>
            ) : null}
          </div>
        )}
      </Form>
    </>
  );
}
