import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffProgrammesLoader } from "~/modules/programmes/staff-programme-pages.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const handle: I18nHandle = { i18n: ["staff", "programmes"] };

export const loader = staffProgrammesLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** Every programme with its version, the date its facts are as of, and the stale-facts flag. */
export default function StaffProgrammes() {
  const { programmes } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="programmes-title">
      <h1 id="programmes-title">{t("programmes:staff.title")}</h1>
      <p className="lede">{t("programmes:staff.intro")}</p>
      <p>
        <Link className="button" to={`/${i18n.language}/staff/programmes/new`}>
          {t("programmes:staff.new")}
        </Link>
      </p>
      <div className="table-scroll">
        <table className="staff-table">
          <caption>{t("programmes:staff.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("programmes:staff.name")}</th>
              <th scope="col">{t("programmes:staff.version")}</th>
              <th scope="col">{t("programmes:staff.asOf")}</th>
              <th scope="col">{t("programmes:staff.state")}</th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((programme) => (
              <tr key={programme.key}>
                <th scope="row">
                  <Link to={`/${i18n.language}/staff/programmes/${programme.key}`}>{programme.name}</Link>
                </th>
                <td>{programme.version}</td>
                <td>
                  <time dateTime={programme.asOf.iso}>{programme.asOf.text}</time>
                </td>
                <td>
                  <ul className="moderation-notes">
                    {programme.stale ? (
                      <li className="moderation-notes__warning">{t("programmes:staff.stale")}</li>
                    ) : (
                      <li>{t("programmes:staff.current")}</li>
                    )}
                    {programme.toBeChecked ? <li>{t("programmes:staff.toBeChecked")}</li> : null}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
