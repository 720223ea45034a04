import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField } from "~/components/forms/FormFields";
import type { ApplicationStatus } from "~/modules/applications/application-workflow";

/** Filters of the company's inbox as a GET form: the URL keeps them, and it works without JavaScript. */
export function InboxFilters({
  offers,
  statuses,
  filters,
}: {
  offers: { id: string; number: number; title: string }[];
  statuses: readonly ApplicationStatus[];
  filters: { offer: string | null; status: ApplicationStatus | null };
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="inbox-filters" aria-labelledby="inbox-filters-title">
      <h2 id="inbox-filters-title" className="visually-hidden">
        {t("applications:inbox.filtersHeading")}
      </h2>
      <SelectField name="offer" label={t("applications:inbox.offer")} defaultValue={filters.offer ?? ""}>
        <option value="">{t("applications:inbox.allOffers")}</option>
        {offers.map((offer) => (
          <option key={offer.id} value={offer.id}>
            {t("applications:inbox.offerOption", { title: offer.title, number: offer.number })}
          </option>
        ))}
      </SelectField>
      <SelectField name="status" label={t("applications:inbox.status")} defaultValue={filters.status ?? ""}>
        <option value="">{t("applications:inbox.allStatuses")}</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {t(`applications:status.${status}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button--secondary">
        {t("applications:inbox.filter")}
      </button>
    </Form>
  );
}
