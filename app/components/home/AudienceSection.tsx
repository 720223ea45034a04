import { useTranslation } from "react-i18next";

type Audience = "students" | "companies" | "schools";

/** What the platform does for one group of users. */
export function AudienceSection({ id, audience }: { id: string; audience: Audience }) {
  const { t } = useTranslation();
  const points = t(`home:${audience}.points`, { returnObjects: true }) as string[];
  return (
    <section id={id} className="card audience" aria-labelledby={`${id}-title`} tabIndex={-1}>
      <h3 id={`${id}-title`}>{t(`home:${audience}.heading`)}</h3>
      <p>{t(`home:${audience}.intro`)}</p>
      <ul>
        {points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
