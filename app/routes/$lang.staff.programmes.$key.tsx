import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ProgrammeForm } from "~/components/programmes/ProgrammeForm";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffProgrammeAction, staffProgrammeLoader } from "~/modules/programmes/staff-programme-pages.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const handle: I18nHandle = { i18n: ["staff", "programmes"] };

export const loader = staffProgrammeLoader;
export const action = staffProgrammeAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/**
 * One programme's form (each save a new version) and its version history, where each earlier
 * version can be brought back as the next one.
 */
export default function StaffProgramme() {
  const { programme, saved, restored, values, version: current, versions } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="programme-title">
      <p className="breadcrumb">
        <Link to={`/${i18n.language}/staff/programmes`}>{t("programmes:staff.title")}</Link>
      </p>
      <h1 id="programme-title">{t("programmes:staff.editTitle", { programme: programme.name })}</h1>
      {saved && !failure ? (
        <p role="status" className="moderation-done">
          {restored
            ? t("programmes:staff.restoredDone", { version: saved, from: restored })
            : t("programmes:staff.saved", { version: saved })}
        </p>
      ) : null}
      <p>
        {t("programmes:staff.asOf")} <time dateTime={programme.asOf.iso}>{programme.asOf.text}</time>
        {programme.stale ? (
          <strong className="moderation-notes__warning"> – {t("programmes:staff.stale")}</strong>
        ) : null}{" "}
        · <Link to={programme.publicPath}>{t("programmes:staff.publicPage")}</Link>
      </p>
      <ProgrammeForm
        key={failure ? "refused" : `v${values.version}`}
        values={failure?.values ?? values}
        errors={failure?.errors}
      />
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t("programmes:staff.versions")}</h2>
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("programmes:staff.versionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("programmes:staff.version")}</th>
                <th scope="col">{t("programmes:staff.changedAt")}</th>
                <th scope="col">{t("programmes:staff.changedBy")}</th>
                <th scope="col">{t("programmes:staff.asOf")}</th>
                <th scope="col">{t("programmes:staff.grant")}</th>
                <th scope="col">{t("programmes:staff.noteColumn")}</th>
                <th scope="col">{t("programmes:staff.restoreColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.version}>
                  <th scope="row">{version.version}</th>
                  <td>
                    <time dateTime={version.at.iso}>{version.at.text}</time>
                  </td>
                  <td>{version.by ?? t("programmes:staff.seeded")}</td>
                  <td>{version.asOf.text}</td>
                  <td>{version.grant}</td>
                  <td>
                    {version.restoredFrom ? (
                      <p>{t("programmes:staff.restoredFrom", { version: version.restoredFrom })}</p>
                    ) : null}
                    {version.note}
                  </td>
                  <td>
                    {version.current ? (
                      t("programmes:staff.currentVersion")
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="restore" />
                        <input type="hidden" name="from" value={version.version} />
                        <input type="hidden" name="current" value={current} />
                        <button type="submit" className="button button--secondary">
                          {t("programmes:staff.restore", { version: version.version })}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}
