import type { MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { CountryField } from "~/components/forms/CountryField";
import { SelectField, TextField } from "~/components/forms/FormFields";
import { SignUpForm } from "~/components/forms/SignUpForm";
import { organiserSignUpSchema } from "~/modules/accounts/account.schema";
import { signUpAction } from "~/modules/accounts/sign-up-action.server";
import { signUpOrganiser } from "~/modules/accounts/sign-up.server";
import { ORGANISER_KINDS } from "~/modules/events/event.schema";
import { pageMeta } from "~/modules/i18n/page-meta";
import { organiserSignUpLoader } from "~/modules/organisers/organiser-sign-up-page.server";
import { textOf } from "~/utils/forms";

export const loader = organiserSignUpLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export const action = signUpAction(organiserSignUpSchema, signUpOrganiser);

/** A partner organisation signs up: the person's account and the organisation, verified by staff. */
export default function OrganiserSignUp() {
  const { t } = useTranslation();
  const labels = {
    organiserName: t("organisers:fields.name"),
    kind: t("organisers:fields.kind"),
    town: t("organisers:fields.town"),
    country: t("organisers:fields.country"),
    website: t("organisers:fields.website"),
  };
  return (
    <SignUpForm
      title={t("auth:signup.organiser.title")}
      intro={t("auth:signup.organiser.intro")}
      schema={organiserSignUpSchema}
      labels={labels}
    >
      {({ errors, values }) => (
        <>
          <TextField
            name="organiserName"
            autoComplete="organization"
            label={labels.organiserName}
            error={errors?.organiserName}
            defaultValue={textOf(values, "organiserName")}
            required
          />
          <SelectField
            name="kind"
            label={labels.kind}
            error={errors?.kind}
            defaultValue={textOf(values, "kind")}
            required
          >
            <option value="">{t("auth:fields.choose")}</option>
            {ORGANISER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`events:organiserKind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            name="town"
            autoComplete="address-level2"
            label={labels.town}
            error={errors?.town}
            defaultValue={textOf(values, "town")}
            required
          />
          <CountryField label={labels.country} error={errors?.country} value={textOf(values, "country")} />
          <TextField
            name="website"
            type="url"
            autoComplete="url"
            label={labels.website}
            error={errors?.website}
            defaultValue={textOf(values, "website")}
          />
        </>
      )}
    </SignUpForm>
  );
}
