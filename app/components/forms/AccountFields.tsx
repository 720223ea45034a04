import { Link } from "@remix-run/react";
import { Trans, useTranslation } from "react-i18next";
import type { FieldErrors, FormValues } from "~/utils/forms";
import { CheckboxField, TextField } from "./FormFields";

/** Name, email and password: the start of every sign-up form. */
export function AccountFields({ errors, values }: { errors?: FieldErrors; values?: FormValues }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="name"
        autoComplete="name"
        label={t("auth:fields.name")}
        error={errors?.name}
        defaultValue={values?.name}
        required
      />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={t("auth:fields.email")}
        error={errors?.email}
        defaultValue={values?.email}
        required
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("auth:fields.newPassword")}
        hint={t("auth:fields.passwordHint")}
        error={errors?.password}
        required
        minLength={10}
      />
    </>
  );
}

/** The privacy notice every new account accepts; the version is recorded with the consent. */
export function PrivacyField({ error }: { error?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <CheckboxField
      name="privacy"
      error={error}
      required
      label={
        // One sentence with the link inside, so each language places the words (and spaces) itself.
        <Trans
          t={t}
          i18nKey="auth:fields.privacy"
          components={{ 1: <Link to={`/${i18n.language}/privacy`} target="_blank" /> }}
        />
      }
    />
  );
}

export function signUpLabels<Extra extends Record<string, string>>(
  t: (key: string) => string,
  extra: Extra,
): { name: string; email: string; password: string; privacy: string } & Extra {
  return {
    name: t("auth:fields.name"),
    email: t("auth:fields.email"),
    password: t("auth:fields.newPassword"),
    privacy: t("auth:fields.privacyLink"),
    ...extra,
  };
}
