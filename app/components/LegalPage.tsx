import { useTranslation } from "react-i18next";

interface LegalSection {
  heading: string;
  body: string;
  placeholder: string;
}

/**
 * Imprint and privacy pages: the structure is fixed, and the passages the office still has to
 * supply are shown as clearly marked placeholders rather than invented legal text.
 */
export function LegalPage({ page }: { page: "imprint" | "privacy" }) {
  const { t } = useTranslation();
  const sections = t(`legal:${page}.sections`, { returnObjects: true }) as LegalSection[];
  return (
    <article className="page legal" aria-labelledby="legal-title">
      <h1 id="legal-title">{t(`legal:${page}.title`)}</h1>
      <p className="lede">{t(`legal:${page}.intro`)}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.body ? <p>{section.body}</p> : null}
          {section.placeholder ? (
            <p className="placeholder">
              <strong>{t("common:placeholder")}:</strong> {section.placeholder}
            </p>
          ) : null}
        </section>
      ))}
    </article>
  );
}
