import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "~/modules/applications/application-workflow";

/** The application's state in words; the colour only repeats what the text says. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge application-status application-status--${status.toLowerCase()}`}>
      {t(`applications:status.${status}`)}
    </span>
  );
}
