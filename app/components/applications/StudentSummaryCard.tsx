import { useTranslation } from "react-i18next";
import type { StudentSummary } from "~/modules/applications/application-view.server";

/** Who applied, as the company needs to know it: school, training, languages, own words, CV. */
export function StudentSummaryCard({ student }: { student: StudentSummary }) {
  const { t } = useTranslation();
  const level = (value: string | null) => value ?? t("applications:companyDetail.levelUnknown");
  return (
    <section aria-labelledby="student-title" className="application-student">
      <h2 id="student-title">{t("applications:companyDetail.studentHeading", { student: student.name })}</h2>
      {student.endorsed ? (
        <p className="application-endorsed">
          <span className="status-badge application-status--accepted">{t("applications:companyDetail.endorsed")}</span>{" "}
          <span className="muted">
            {t("applications:companyDetail.endorsedOn")}{" "}
            <time dateTime={student.endorsed.iso}>{student.endorsed.text}</time>
          </span>
        </p>
      ) : null}
      <dl className="facts">
        {student.school ? (
          <div>
            <dt>{t("applications:companyDetail.school")}</dt>
            <dd>
              {student.school.name}, {student.school.place}
            </dd>
          </div>
        ) : null}
        {student.training ? (
          <div>
            <dt>{t("applications:companyDetail.training")}</dt>
            <dd>
              {t("applications:companyDetail.trainingYear", {
                training: student.training.name,
                year: student.training.year,
              })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("applications:companyDetail.levelGerman")}</dt>
          <dd>{level(student.levels.de)}</dd>
        </div>
        <div>
          <dt>{t("applications:companyDetail.levelFrench")}</dt>
          <dd>{level(student.levels.fr)}</dd>
        </div>
        <div>
          <dt>{t("applications:companyDetail.cv")}</dt>
          <dd>
            {student.cvPath ? (
              <a href={student.cvPath}>{t("applications:companyDetail.cvLink", { student: student.name })}</a>
            ) : (
              t("applications:companyDetail.noCv")
            )}
          </dd>
        </div>
      </dl>
      {student.intros.map((intro) => (
        <div key={intro.language} className="application-intro">
          <h3>{t(`applications:companyDetail.intro.${intro.language}`)}</h3>
          <p lang={intro.language}>{intro.text}</p>
        </div>
      ))}
    </section>
  );
}
