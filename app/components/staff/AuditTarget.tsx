import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { auditTargetLabelKey } from "~/modules/staff/audit-labels";

interface Target {
  targetType: string;
  targetId: string;
  targetName: string | null;
}

/** What an audit entry was about, linked to the staff page that shows it when there is one. */
export function AuditTarget({ entry, language }: { entry: Target; language: string }) {
  const { t } = useTranslation();
  const key = auditTargetLabelKey(entry.targetType);
  const kind = key ? t(`staff:audit.targets.${key}`) : entry.targetType;
  const href =
    entry.targetType === "user"
      ? `/${language}/staff/people/${entry.targetId}`
      : entry.targetType === "outbox-message"
        ? `/${language}/staff/outbox/${entry.targetId}`
        : null;
  const label = entry.targetName ?? entry.targetId;
  return (
    <>
      {t("staff:audit.targetKind", { kind })} {href ? <Link to={href}>{label}</Link> : <code>{label}</code>}
    </>
  );
}
