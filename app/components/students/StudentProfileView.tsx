import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface StudentViewData {
  name: string;
  school: string;
  country: "DE" | "FR";
  training: string;
  trainingYear: number;
  levelGerman: string | null;
  levelFrench: string | null;
  introDe: string | null;
  introFr: string | null;
  fields: string[];
  availability: string[];
  places: { name: string; radiusKm: number }[];
  endorsedOn: { iso: string; text: string } | null;
  cvUrl: string | null;
}

/** A student's profile as others see it: who, where they learn, what they offer and when they are free. */
export function StudentProfileView({ student, isSelf }: { student: StudentViewData; isSelf: boolean }) {
  const { t, i18n } = useTranslation();
  const level = (value: string | null) => {
    const choice = value ?? "none";
    return t(`profile:levels.${choice}`);
  };
  return (
    <article className="page student-view" aria-labelledby="student-name">
      <h1 id="student-name">{student.name}</h1>
      {student.endorsedOn ? (
        <p className="endorsement-badge">
          {t("profile:view.endorsed")} <time dateTime={student.endorsedOn.iso}>{student.endorsedOn.text}</time>
        </p>
      ) : null}
      {isSelf ? (
        <p className="note">
          {t("profile:view.ownNote")} <Link to={`/${i18n.language}/student/profile`}>{t("profile:view.edit")}</Link>
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("profile:view.school")}</dt>
          <dd>
            {student.school} ({t(`reference:region.${student.country}`)})
          </dd>
        </div>
        <div>
          <dt>{t("profile:view.training")}</dt>
          <dd>
            {student.training || t("profile:view.notStated")},{" "}
            {t(`profile:fields.trainingYears.${student.trainingYear}`)}
          </dd>
        </div>
        <div>
          <dt>{t("profile:view.fields")}</dt>
          <dd>{student.fields.length > 0 ? student.fields.join(", ") : t("profile:view.notStated")}</dd>
        </div>
        <div>
          <dt>{t("profile:fields.levelGerman")}</dt>
          <dd>{level(student.levelGerman)}</dd>
        </div>
        <div>
          <dt>{t("profile:fields.levelFrench")}</dt>
          <dd>{level(student.levelFrench)}</dd>
        </div>
      </dl>

      <section aria-labelledby="student-intro">
        <h2 id="student-intro">{t("profile:view.intro")}</h2>
        {student.introDe || student.introFr ? (
          <>
            {student.introDe ? (
              <blockquote className="student-view__intro" lang="de">
                {student.introDe}
              </blockquote>
            ) : null}
            {student.introFr ? (
              <blockquote className="student-view__intro" lang="fr">
                {student.introFr}
              </blockquote>
            ) : null}
          </>
        ) : (
          <p className="muted">{t("profile:view.noIntro")}</p>
        )}
      </section>

      <section aria-labelledby="student-availability">
        <h2 id="student-availability">{t("profile:view.availability")}</h2>
        {student.availability.length > 0 ? (
          <ul>
            {student.availability.map((window) => (
              <li key={window}>{window}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("profile:view.noAvailability")}</p>
        )}
      </section>

      <section aria-labelledby="student-places">
        <h2 id="student-places">{t("profile:view.places")}</h2>
        {student.places.length > 0 ? (
          <ul>
            {student.places.map((place) => (
              <li key={place.name}>{t("profile:view.place", { place: place.name, radius: place.radiusKm })}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("profile:view.noPlaces")}</p>
        )}
      </section>

      {student.cvUrl ? (
        <p>
          <a className="button button--secondary" href={student.cvUrl} download>
            {t("profile:view.cv")}
          </a>
        </p>
      ) : null}
    </article>
  );
}
