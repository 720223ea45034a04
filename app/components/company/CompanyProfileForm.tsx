import { Form, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { CountryField } from "~/components/forms/CountryField";
import { ErrorSummary } from "~/components/forms/ErrorSummary";
import { CheckboxField, SelectField, TextAreaField, TextField } from "~/components/forms/FormFields";
import { GroupedOptions } from "~/components/forms/GroupedOptions";
import { useValidatedForm } from "~/components/forms/use-validated-form";
import { COMPANY_SIZES, companyProfileSchema, placeCountries } from "~/modules/companies/company-profile.schema";
import { textOf, type FieldErrors, type FormValues } from "~/utils/forms";

type Groups = { country: "DE" | "FR"; options: { value: string; label: string }[] }[];

/**
 * The profile form. It posts as multipart/form-data so the logo travels with the fields, and
 * works without JavaScript; with it, the fields are checked first with the server's schema (the
 * logo itself only on the server, which reads its bytes).
 */
export function CompanyProfileForm({
  company,
  stored,
  places,
  failure,
}: {
  /** logoPending: the logo shown is the one proposed, not yet reviewed (ADR 0026). */
  company: { id: string; name: string; logoUrl: string | null; logoPending?: boolean };
  stored: Record<string, string>;
  places: Groups;
  failure: { errors: FieldErrors; values: FormValues } | undefined;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => companyProfileSchema(placeCountries(places)), [places]);
  const { errors, onSubmit } = useValidatedForm(schema, failure?.errors);
  const busy = useNavigation().state === "submitting";
  // After a refusal the form shows what was sent; otherwise what is stored.
  const value = (name: string) => (failure && name in failure.values ? textOf(failure.values, name) : stored[name]);
  const labels = {
    name: t("company:fields.name"),
    country: t("company:fields.country"),
    placeKey: t("company:fields.place"),
    address: t("company:fields.address"),
    website: t("company:fields.website"),
    size: t("company:fields.size"),
    descriptionDe: t("company:fields.descriptionDe"),
    descriptionFr: t("company:fields.descriptionFr"),
    logo: t("company:fields.logo"),
    contactName: t("company:fields.contactName"),
    contactEmail: t("company:fields.contactEmail"),
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" encType="multipart/form-data" noValidate onSubmit={onSubmit} className="profile-form">
        <input type="hidden" name="companyId" value={company.id} />
        <fieldset className="fieldset">
          <legend>{t("company:profile.sections.company")}</legend>
          <TextField
            name="name"
            autoComplete="organization"
            label={labels.name}
            error={errors?.name}
            defaultValue={value("name")}
            required
          />
          <CountryField label={labels.country} error={errors?.country} value={value("country")} />
          <SelectField
            name="placeKey"
            label={labels.placeKey}
            hint={t("company:fields.placeHint")}
            error={errors?.placeKey}
            defaultValue={value("placeKey") ?? ""}
            required
          >
            <option value="">{t("auth:fields.choose")}</option>
            <GroupedOptions groups={places} />
          </SelectField>
          <TextField
            name="address"
            autoComplete="street-address"
            label={labels.address}
            hint={t("company:fields.addressHint")}
            error={errors?.address}
            defaultValue={value("address")}
            required
          />
          <TextField
            name="website"
            type="url"
            inputMode="url"
            autoComplete="url"
            label={labels.website}
            hint={t("company:fields.websiteHint")}
            error={errors?.website}
            defaultValue={value("website")}
          />
          <SelectField name="size" label={labels.size} error={errors?.size} defaultValue={value("size")} required>
            {COMPANY_SIZES.map((size) => (
              <option key={size} value={size}>
                {t(`company:fields.sizes.${size}`)}
              </option>
            ))}
          </SelectField>
        </fieldset>

        <fieldset className="fieldset" aria-describedby="description-hint">
          <legend>{t("company:profile.sections.description")}</legend>
          <p className="field__hint" id="description-hint">
            {t("company:fields.descriptionHint")}
          </p>
          <TextAreaField
            name="descriptionDe"
            lang="de"
            rows={8}
            label={labels.descriptionDe}
            error={errors?.descriptionDe}
            defaultValue={value("descriptionDe")}
          />
          <TextAreaField
            name="descriptionFr"
            lang="fr"
            rows={8}
            label={labels.descriptionFr}
            error={errors?.descriptionFr}
            defaultValue={value("descriptionFr")}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t("company:profile.sections.logo")}</legend>
          {company.logoUrl ? (
            <figure className="logo-preview">
              <img src={company.logoUrl} alt={t("company:fields.logoAlt", { company: company.name })} />
              <figcaption>
                {t(company.logoPending ? "company:fields.proposedLogo" : "company:fields.currentLogo")}
              </figcaption>
            </figure>
          ) : (
            <p className="note">{t("company:fields.noLogo")}</p>
          )}
          <TextField
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            label={labels.logo}
            hint={t("company:fields.logoHint")}
            error={errors?.logo}
          />
          {company.logoUrl ? (
            <CheckboxField
              name="removeLogo"
              label={t("company:fields.removeLogo")}
              defaultChecked={textOf(failure?.values, "removeLogo") === "on"}
            />
          ) : null}
        </fieldset>

        <fieldset className="fieldset">
          <legend>{t("company:profile.sections.contact")}</legend>
          <p className="field__hint">{t("company:fields.contactHint")}</p>
          <TextField
            name="contactName"
            autoComplete="name"
            label={labels.contactName}
            error={errors?.contactName}
            defaultValue={value("contactName")}
            required
          />
          <TextField
            name="contactEmail"
            type="email"
            autoComplete="email"
            label={labels.contactEmail}
            error={errors?.contactEmail}
            defaultValue={value("contactEmail")}
            required
          />
        </fieldset>

        <button type="submit" className="button" disabled={busy}>
          {t("company:profile.submit")}
        </button>
      </Form>
    </>
  );
}
