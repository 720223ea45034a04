import { useTranslation } from "react-i18next";

/**
 * Below the age of digital consent the platform stores nothing beyond sign-up until a parent or
 * guardian has agreed: the page says so instead of offering a form that could not be saved.
 */
export function GuardianPendingNotice({ guardianName, error }: { guardianName: string | null; error?: string }) {
  const { t } = useTranslation();
  return (
    <section className="guardian-pending" aria-labelledby="guardian-pending-title">
      <h2 id="guardian-pending-title">{t("profile:guardian.title")}</h2>
      <p>{guardianName ? t("profile:guardian.textNamed", { name: guardianName }) : t("profile:guardian.text")}</p>
      <p>{t("profile:guardian.meanwhile")}</p>
      {error ? (
        <p className="field__error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </section>
  );
}
