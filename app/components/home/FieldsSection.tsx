import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";
import { DEFAULT_REQUEST, searchString } from "~/modules/search/search-request";

/** The occupational fields, each a way into the search filtered to it. */
export function FieldsSection({
  fields,
  language,
}: {
  fields: { key: string; name: string; openOffers: number }[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <section id="fields" className="fields" aria-labelledby="fields-title" tabIndex={-1}>
      <h2 id="fields-title">{t("home:fields.heading")}</h2>
      <p>{t("home:fields.intro")}</p>
      <ul className="field-list">
        {fields.map((field) => (
          <li key={field.key}>
            <Link to={`/${language}/offers${searchString({ ...DEFAULT_REQUEST, fields: [field.key] })}`}>
              <span className="field-list__name">{field.name}</span>
              <span className="field-list__count">{t("home:fields.offers", { count: field.openOffers })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
