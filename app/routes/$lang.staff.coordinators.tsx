import type { MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { useTranslation } from "react-i18next";
import {
  coordinatorsStaffAction,
  coordinatorsStaffLoader,
} from "~/modules/coordinators/coordinators-staff-page.server";
import { staffPageMeta } from "~/modules/staff/staff-meta";
import { formatShortDay } from "~/modules/i18n/date-format";
import { languageOf } from "~/modules/i18n/languages";
import { dateOf } from "~/utils/calendar-days";

export const loader = coordinatorsStaffLoader;
export const action = coordinatorsStaffAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** Staff confirm school coordinators; unconfirmed ones see no student. */
export default function StaffCoordinators() {
  const { coordinators, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatShortDay(dateOf(iso), languageOf(i18n.language));
  return (
    <section aria-labelledby="coordinators-title">
      <h1 id="coordinators-title">{t("staff:coordinators.title")}</h1>
      <p className="lede">{t("staff:coordinators.intro")}</p>
      {done && !failure ? (
        <p role="status" className="moderation-done">
          {t(`staff:coordinators.done.${done}`)}
        </p>
      ) : null}
      <FormRefusal errors={failure?.errors} />
      {coordinators.length === 0 ? (
        <p>{t("staff:coordinators.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("staff:coordinators.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("staff:coordinators.person")}</th>
                <th scope="col">{t("staff:coordinators.school")}</th>
                <th scope="col">{t("staff:coordinators.signedUp")}</th>
                <th scope="col">{t("staff:coordinators.state")}</th>
              </tr>
            </thead>
            <tbody>
              {coordinators.map((coordinator) => (
                <tr key={coordinator.id}>
                  <th scope="row">
                    {coordinator.name}
                    <br />
                    <span className="muted">{coordinator.email}</span>
                  </th>
                  <td>{coordinator.schoolName}</td>
                  <td>
                    {date(coordinator.signedUpOn)}
                    {coordinator.emailVerified ? null : (
                      <span className="muted"> · {t("staff:coordinators.emailNotVerified")}</span>
                    )}
                  </td>
                  <td>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="coordinatorId" value={coordinator.id} />
                      {coordinator.confirmedOn ? (
                        <>
                          <span>{t("staff:coordinators.confirmedOn", { date: date(coordinator.confirmedOn) })}</span>
                          <button
                            type="submit"
                            name="intent"
                            value="revoke"
                            className="button button--secondary button--small"
                          >
                            {t("staff:coordinators.revoke", { name: coordinator.name })}
                          </button>
                        </>
                      ) : (
                        <button type="submit" name="intent" value="confirm" className="button button--small">
                          {t("staff:coordinators.confirm", { name: coordinator.name, school: coordinator.schoolName })}
                        </button>
                      )}
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
