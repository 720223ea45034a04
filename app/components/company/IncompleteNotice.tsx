import { useTranslation } from "react-i18next";
import type { MissingPart } from "~/modules/companies/company-profile.schema";

/** Sign-up asks only for a name and a place; this says what the profile still lacks. */
export function IncompleteNotice({ missing }: { missing: MissingPart[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <section className="profile-incomplete" aria-labelledby="profile-incomplete-title">
      <h2 id="profile-incomplete-title">{t("company:profile.incomplete.title")}</h2>
      <p>{t("company:profile.incomplete.intro")}</p>
      <ul>
        {missing.map((part) => (
          <li key={part}>{t(`company:profile.incomplete.${part}`)}</li>
        ))}
      </ul>
    </section>
  );
}
