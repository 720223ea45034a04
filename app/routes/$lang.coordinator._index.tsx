import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SchoolApplications } from "~/components/coordinators/SchoolApplications";
import { SchoolStudents } from "~/components/coordinators/SchoolStudents";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { coordinatorAction, coordinatorLoader } from "~/modules/coordinators/coordinator-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = coordinatorLoader;
export const action = coordinatorAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** A school coordinator's page: the school's students, their endorsement, their applications. */
export default function CoordinatorHome() {
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page coordinator" aria-labelledby="coordinator-title">
      <h1 id="coordinator-title">{t("coordinator:title")}</h1>
      <p className="lede">{t("coordinator:intro", { school: data.schoolName })}</p>
      <p>
        <Link to={`/${i18n.language}/account/registrations`}>{t("registrations:mine.classes")}</Link> ·{" "}
        <Link to={`/${i18n.language}/events`}>{t("registrations:mine.findEvents")}</Link>
      </p>
      {!data.confirmed ? (
        <p className="note" role="status">
          {t("coordinator:waiting", { school: data.schoolName })}
        </p>
      ) : (
        <>
          {data.done && !failure ? (
            <p role="status" className="coordinator-done">
              {t(`coordinator:done.${data.done}`)}
            </p>
          ) : null}
          <FormRefusal errors={failure?.errors} />
          <SchoolStudents students={data.students} />
          <SchoolApplications applications={data.applications} status={data.status} />
        </>
      )}
    </section>
  );
}
