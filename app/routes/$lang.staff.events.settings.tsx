import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CountryField } from "~/components/forms/CountryField";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, SelectField, TextField } from "~/components/forms/FormFields";
import { ORGANISER_KINDS } from "~/modules/events/event.schema";
import { eventSettingsAction, eventSettingsLoader } from "~/modules/events/staff-event-settings-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { textOf } from "~/utils/forms";

export const loader = eventSettingsLoader;
export const action = eventSettingsAction;
export const handle: I18nHandle = { i18n: ["staff", "events", "reference", "editions"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function EventSettings() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/staff/events/settings`;
  const organiserFailure = failure?.form === "organiser" ? failure : undefined;
  const categoryFailure = failure?.form === "category" ? failure : undefined;
  const organiserValues = organiserFailure?.values ?? page.editingOrganiser?.values ?? {};
  const categoryValues = categoryFailure?.values ?? page.editingCategory?.values ?? {};
  const label = (name: string) => t(`events:settings.fields.${name}`);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t("events:settings.title")}</h1>
      {page.done && !failure ? (
        <p role="status" className="moderation-done">
          {t("events:settings.saved")}
        </p>
      ) : null}
      <h2 id="organisers">{t("events:settings.organisers")}</h2>
      <ul>
        {page.organisers.map((o) => (
          <li key={o.id}>
            <Link to={`${base}?organiser=${o.id}#organiser-form`}>{o.name}</Link> – {o.town},{" "}
            {t(`events:organiserKind.${o.kind}`)}, {t("events:settings.eventCount", { count: o.events })}
            {o.verified ? ` – ${t("events:settings.verified")}` : ""}
          </li>
        ))}
      </ul>
      <h3 id="organiser-form">
        {t(page.editingOrganiser ? "events:settings.editOrganiser" : "events:settings.addOrganiser")}
      </h3>
      <ErrorSummary
        errors={organiserFailure?.errors}
        labels={{
          name: label("name"),
          kind: label("kind"),
          town: label("town"),
          country: label("country"),
          website: label("website"),
          contactEmail: t("editions:fields.contactEmail"),
          contactLanguage: t("editions:fields.contactLanguage"),
        }}
      />
      <Form method="post" key={`o-${page.editingOrganiser?.id ?? "new"}-${organiserFailure ? "x" : ""}`}>
        {page.editingOrganiser ? <input type="hidden" name="id" value={page.editingOrganiser.id} /> : null}
        <TextField
          name="name"
          label={label("name")}
          error={organiserFailure?.errors.name}
          defaultValue={textOf(organiserValues, "name")}
          required
        />
        <SelectField
          name="kind"
          label={label("kind")}
          error={organiserFailure?.errors.kind}
          defaultValue={textOf(organiserValues, "kind")}
        >
          {ORGANISER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`events:organiserKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="town"
          label={label("town")}
          error={organiserFailure?.errors.town}
          defaultValue={textOf(organiserValues, "town")}
          required
        />
        <CountryField
          label={label("country")}
          error={organiserFailure?.errors.country}
          value={textOf(organiserValues, "country")}
        />
        <TextField
          name="website"
          type="url"
          label={label("website")}
          error={organiserFailure?.errors.website}
          defaultValue={textOf(organiserValues, "website")}
        />
        <TextField
          name="contactEmail"
          type="email"
          autoComplete="off"
          label={t("editions:fields.contactEmail")}
          hint={t("editions:fields.contactHint")}
          error={organiserFailure?.errors.contactEmail}
          defaultValue={textOf(organiserValues, "contactEmail")}
        />
        <SelectField
          name="contactLanguage"
          label={t("editions:fields.contactLanguage")}
          error={organiserFailure?.errors.contactLanguage}
          defaultValue={textOf(organiserValues, "contactLanguage")}
        >
          <option value="">{t("editions:fields.contactLanguageSide")}</option>
          <option value="de">Deutsch</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </SelectField>
        <CheckboxField
          name="verified"
          label={label("verified")}
          defaultChecked={textOf(organiserValues, "verified") === "on"}
        />
        <button type="submit" name="intent" value="organiser" className="button" disabled={busy}>
          {t("events:settings.save")}
        </button>
      </Form>
      <h2 id="categories">{t("events:settings.categories")}</h2>
      <ul>
        {page.categories.map((c) => (
          <li key={c.id}>
            <Link to={`${base}?category=${c.id}#category-form`}>{c.name}</Link> ({c.key})
          </li>
        ))}
      </ul>
      <h3 id="category-form">
        {t(page.editingCategory ? "events:settings.editCategory" : "events:settings.addCategory")}
      </h3>
      <ErrorSummary
        errors={categoryFailure?.errors}
        labels={{ key: label("key"), nameDe: label("nameDe"), nameFr: label("nameFr"), nameEn: label("nameEn") }}
      />
      <Form method="post" key={`c-${page.editingCategory?.id ?? "new"}-${categoryFailure ? "x" : ""}`}>
        {page.editingCategory ? <input type="hidden" name="id" value={page.editingCategory.id} /> : null}
        <TextField
          name="key"
          label={label("key")}
          error={categoryFailure?.errors.key}
          defaultValue={textOf(categoryValues, "key")}
          required
        />
        {(["nameDe", "nameFr", "nameEn"] as const).map((name) => (
          <TextField
            key={name}
            name={name}
            lang={name.slice(4).toLowerCase()}
            label={label(name)}
            error={categoryFailure?.errors[name]}
            defaultValue={textOf(categoryValues, name)}
            required
          />
        ))}
        <button type="submit" name="intent" value="category" className="button" disabled={busy}>
          {t("events:settings.save")}
        </button>
      </Form>
    </section>
  );
}
