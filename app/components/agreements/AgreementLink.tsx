import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** On an accepted application's page: the way to its internship agreement. */
export function AgreementLink({ agreementId }: { agreementId: string | null }) {
  const { t, i18n } = useTranslation();
  if (!agreementId) return null;
  return (
    <p className="notice">
      <Link to={`/${i18n.language}/agreements/${agreementId}`}>{t("agreements:page.open")}</Link>
    </p>
  );
}
