import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProgrammeForm } from "~/components/programmes/ProgrammeForm";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { newProgrammeAction, newProgrammeLoader } from "~/modules/programmes/staff-programme-pages.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const handle: I18nHandle = { i18n: ["staff", "programmes"] };

export const loader = newProgrammeLoader;
export const action = newProgrammeAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** A programme the directory does not have yet: its address and every fact, saved as version 1. */
export default function NewProgramme() {
  const { values } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="programme-title">
      <p className="breadcrumb">
        <Link to={`/${i18n.language}/staff/programmes`}>{t("programmes:staff.title")}</Link>
      </p>
      <h1 id="programme-title">{t("programmes:staff.newTitle")}</h1>
      <p className="lede">{t("programmes:staff.newIntro")}</p>
      <ProgrammeForm withKey values={failure?.values ?? values} errors={failure?.errors} />
    </section>
  );
}
