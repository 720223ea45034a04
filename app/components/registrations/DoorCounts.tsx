import { useTranslation } from "react-i18next";

/** Expected, checked in, free seats: the three numbers at the door. */
export function DoorCounts({
  counts,
}: {
  counts: { expected: number; checkedIn: number; free: number; waiting: number };
}) {
  const { t } = useTranslation();
  return (
    <dl className="door-counts">
      <div>
        <dt>{t("registrations:counts.expected")}</dt>
        <dd>{counts.expected}</dd>
      </div>
      <div>
        <dt>{t("registrations:counts.checkedIn")}</dt>
        <dd>{counts.checkedIn}</dd>
      </div>
      <div>
        <dt>{t("registrations:counts.free")}</dt>
        <dd>{counts.free}</dd>
      </div>
      <div>
        <dt>{t("registrations:counts.waiting")}</dt>
        <dd>{counts.waiting}</dd>
      </div>
    </dl>
  );
}
