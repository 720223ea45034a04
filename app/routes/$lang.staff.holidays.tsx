import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { HolidayForm } from "~/components/students/HolidayForm";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { holidaysAction, holidaysLoader } from "~/modules/students/holidays-page.server";

export const loader = holidaysLoader;
export const action = holidaysAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function StaffHolidays() {
  const { holidays, editing, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t, i18n } = useTranslation();
  const formKey = editing?.id ?? "new";
  // After a refusal the refused form shows what was typed; a refused delete shows its message above.
  const mine = failure?.form === formKey ? failure : undefined;
  return (
    <section aria-labelledby="holidays-title">
      <h1 id="holidays-title">{t("profile:holidays.title")}</h1>
      <p className="lede">{t("profile:holidays.intro")}</p>
      {done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`profile:holidays.done.${done}`)}
        </p>
      ) : null}
      {failure && !mine ? (
        <p role="alert" className="field__error">
          {t(failure.errors.form ?? "profile:holidays.errors.notFound")}
        </p>
      ) : null}
      <h2>{t(editing ? "profile:holidays.edit" : "profile:holidays.add")}</h2>
      <HolidayForm
        key={`${formKey}-${mine ? "refused" : "stored"}`}
        id={editing?.id ?? null}
        values={mine?.values ?? editing?.values ?? {}}
        errors={mine?.errors}
      />
      <div className="table-scroll">
        <table className="staff-table holidays-table">
          <caption>{t("profile:holidays.caption", { count: holidays.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("profile:holidays.columns.name")}</th>
              <th scope="col">{t("profile:holidays.columns.side")}</th>
              <th scope="col">{t("profile:holidays.columns.dates")}</th>
              <th scope="col">{t("profile:holidays.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {holidays.map((holiday) => (
              <tr key={holiday.id}>
                <th scope="row">
                  {holiday.name}
                  <div className="muted">{holiday.names.join(" / ")}</div>
                </th>
                <td>{t(`reference:region.${holiday.country}`)}</td>
                <td>
                  <time dateTime={holiday.startsOn}>{holiday.dates}</time>
                </td>
                <td>
                  <div className="holiday-actions">
                    <Link to={`/${i18n.language}/staff/holidays?edit=${holiday.id}`}>
                      {t("profile:holidays.editLink")}
                      <span className="visually-hidden"> – {holiday.name}</span>
                    </Link>
                    <Form method="post">
                      <input type="hidden" name="id" value={holiday.id} />
                      <button type="submit" name="intent" value="delete" className="link-button" disabled={busy}>
                        {t("profile:holidays.delete")}
                        <span className="visually-hidden">
                          {" "}
                          – {holiday.name}, {holiday.dates}
                        </span>
                      </button>
                    </Form>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
