import { useTranslation } from "react-i18next";
import type { OfferStatus } from "~/modules/offers/offer-workflow";

/** The offer's state in words; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-badge--${status.toLowerCase()}`}>{t(`editor:status.${status}`)}</span>;
}
