import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GuardianPendingNotice } from "~/components/students/GuardianPendingNotice";
import { StudentProfileForm } from "~/components/students/StudentProfileForm";
import { pageMeta } from "~/modules/i18n/page-meta";
import { studentProfileAction, studentProfileLoader } from "~/modules/students/student-profile-page.server";

export const loader = studentProfileLoader;
export const action = studentProfileAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function StudentProfile() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page student-profile" aria-labelledby="profile-title">
      <h1 id="profile-title">{t("profile:page.title")}</h1>
      <p className="lede">{t("profile:page.intro")}</p>
      {page.saved && !failure ? (
        <p role="status" className="student-profile__saved">
          {t("profile:page.saved")}
        </p>
      ) : null}
      {page.endorsedOn ? (
        <p className="endorsement-badge">
          {t("profile:page.endorsed")} <time dateTime={page.endorsedOn.iso}>{page.endorsedOn.text}</time>
        </p>
      ) : null}
      {page.waitsForGuardian ? (
        <GuardianPendingNotice guardianName={page.guardianName} error={failure?.errors.form} />
      ) : (
        <>
          <p>
            <Link to={`/${i18n.language}/students/${page.studentId}`}>{t("profile:page.publicView")}</Link>
          </p>
          {/* A new form after each save: it starts from what is now stored, with an empty file input. */}
          <StudentProfileForm
            key={page.revision}
            context={page.context}
            stored={page.values}
            schools={page.schools}
            places={page.places}
            fields={page.fields}
            presets={page.presets}
            cv={page.cv}
            failure={failure}
          />
        </>
      )}
    </section>
  );
}
