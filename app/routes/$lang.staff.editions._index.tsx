import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EditionForm } from "~/components/editions/EditionForm";
import { staffEditionsAction, staffEditionsLoader } from "~/modules/editions/staff-editions-page.server";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = staffEditionsLoader;
export const action = staffEditionsAction;
export const handle: I18nHandle = { i18n: ["staff", "editions"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffEditions() {
  const page = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="editions-title">
      <h1 id="editions-title">{t("editions:staff.title")}</h1>
      <p>{t("editions:staff.intro")}</p>
      {page.done === "prepared" && !failure ? (
        <p role="status" className="moderation-done">
          {t("editions:staff.done.prepared", { year: page.doneYear, count: page.invited })}
        </p>
      ) : null}
      {failure?.form === "prepare" ? (
        <p role="alert" className="field__error">
          {t("editions:staff.exists", { year: failure.values.year })}
        </p>
      ) : null}
      {page.newest !== null ? (
        <Form method="post" className="form-actions">
          <input type="hidden" name="intent" value="prepare" />
          <input type="hidden" name="from" value={page.newest} />
          <p className="field__hint" id="prepare-hint">
            {t("editions:staff.prepareHint", { year: page.newest + 1, from: page.newest })}
          </p>
          <button type="submit" className="button" aria-describedby="prepare-hint">
            {t("editions:staff.prepare")}
          </button>
        </Form>
      ) : null}
      {page.editions.length > 0 ? (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("editions:staff.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("editions:staff.year")}</th>
                <th scope="col">{t("editions:staff.theme")}</th>
                <th scope="col">{t("editions:staff.sessions")}</th>
                <th scope="col">{t("editions:staff.state")}</th>
              </tr>
            </thead>
            <tbody>
              {page.editions.map((edition) => (
                <tr key={edition.year}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/staff/editions/${edition.year}`}>{edition.year}</Link>
                  </th>
                  <td>{edition.theme}</td>
                  <td>{edition.sessions}</td>
                  <td>
                    {t(
                      edition.archived
                        ? "editions:staff.archived"
                        : edition.published
                          ? "editions:staff.published"
                          : "editions:staff.draft",
                    )}
                    {edition.published ? (
                      <div>
                        <Link to={edition.publicPath}>{t("editions:staff.public")}</Link>
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <>
          <p>{t("editions:staff.none")}</p>
          <h2>{t("editions:staff.new")}</h2>
          <EditionForm
            values={failure?.form === "create" ? failure.values : { year: String(page.firstYear) }}
            errors={failure?.form === "create" ? failure.errors : undefined}
            intent="create"
            withYear
          />
        </>
      )}
    </section>
  );
}
