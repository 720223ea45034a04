import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ProgrammesSection() {
  const { t, i18n } = useTranslation();
  const items = t("home:programmes.items", { returnObjects: true }) as { name: string; text: string }[];
  return (
    <section id="programmes" className="programmes" aria-labelledby="programmes-title" tabIndex={-1}>
      <h2 id="programmes-title">{t("home:programmes.heading")}</h2>
      <p>{t("home:programmes.intro")}</p>
      <p>
        <Link to={`/${i18n.language}/programmes`} className="button">
          {t("home:programmes.link")}
        </Link>
      </p>
      <ul className="programme-list">
        {items.map((item) => (
          <li key={item.name} className="card">
            <h3>{item.name}</h3>
            <p>{item.text}</p>
          </li>
        ))}
      </ul>
      <p className="note">{t("home:programmes.asOf")}</p>
    </section>
  );
}
