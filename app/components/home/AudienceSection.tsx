import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/modules/i18n/languages";

type Audience = "students" | "companies" | "schools";

/** Each group's next step: learners search first, companies and schools sign up. */
const NEXT_STEPS: Record<Audience, { path: string; label: string; secondary?: boolean }[]> = {
  students: [
    { path: "/offers", label: "home:students.cta" },
    { path: "/signup/student", label: "home:students.ctaSecondary", secondary: true },
  ],
  companies: [{ path: "/signup/company", label: "home:companies.cta" }],
  schools: [{ path: "/signup/coordinator", label: "home:schools.cta" }],
};

/** What the platform does for one group of users, and where they go next. */
export function AudienceSection({ id, audience, language }: { id: string; audience: Audience; language: Language }) {
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
      <p className="audience__next">
        {NEXT_STEPS[audience].map((step) => (
          <Link
            key={step.path}
            to={`/${language}${step.path}`}
            className={step.secondary ? "button button--secondary" : "button"}
          >
            {t(step.label)}
          </Link>
        ))}
      </p>
    </section>
  );
}
