import { useTranslation } from "react-i18next";

export function FieldsSection({ fields }: { fields: { key: string; name: string; openOffers: number }[] }) {
  const { t } = useTranslation();
  return (
    <section className="fields" aria-labelledby="fields-title">
      <h2 id="fields-title">{t("home:fields.heading")}</h2>
      <p>{t("home:fields.intro")}</p>
      <ul className="field-list">
        {fields.map((field) => (
          <li key={field.key}>
            <span className="field-list__name">{field.name}</span>
            <span className="field-list__count">{t("home:fields.offers", { count: field.openOffers })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
