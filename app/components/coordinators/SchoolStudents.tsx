import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { StudentRow } from "~/modules/coordinators/school-overview.server";
import { formatShortDay } from "~/modules/i18n/date-format";
import { languageOf } from "~/modules/i18n/languages";
import { dateOf } from "~/utils/calendar-days";

/** The school's students with their progress and the endorsement button (one small form each). */
export function SchoolStudents({ students }: { students: StudentRow[] }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatShortDay(dateOf(iso), languageOf(i18n.language));
  return (
    <section aria-labelledby="students-title">
      <h2 id="students-title">{t("coordinator:students.title", { count: students.length })}</h2>
      {students.length === 0 ? (
        <p>{t("coordinator:students.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("coordinator:students.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("coordinator:students.name")}</th>
                <th scope="col">{t("coordinator:students.training")}</th>
                <th scope="col">{t("coordinator:students.profile")}</th>
                <th scope="col">{t("coordinator:students.applications")}</th>
                <th scope="col">{t("coordinator:students.endorsement")}</th>
              </tr>
            </thead>
            <tbody>
              {students.map((student) => (
                <tr key={student.id} id={`student-${student.id}`}>
                  <th scope="row">
                    <Link to={`/${i18n.language}/students/${student.id}`}>{student.name}</Link>
                  </th>
                  <td>
                    {t("coordinator:students.trainingYear", { training: student.training, year: student.trainingYear })}
                  </td>
                  <td>
                    {student.waitingForGuardian
                      ? t("coordinator:students.waitingForGuardian")
                      : student.complete
                        ? t("coordinator:students.complete")
                        : t("coordinator:students.incomplete")}
                    {student.discoverable ? (
                      <span className="muted"> · {t("coordinator:students.discoverable")}</span>
                    ) : null}
                  </td>
                  <td>
                    {t("coordinator:students.counts", { open: student.openApplications, accepted: student.accepted })}
                  </td>
                  <td>
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="studentId" value={student.id} />
                      {student.endorsedOn ? (
                        <>
                          <span className="badge badge--endorsed">
                            {t("coordinator:students.endorsedOn", { date: date(student.endorsedOn) })}
                          </span>{" "}
                          <button
                            type="submit"
                            name="intent"
                            value="unendorse"
                            className="button button--secondary button--small"
                          >
                            {t("coordinator:students.unendorse", { name: student.name })}
                          </button>
                        </>
                      ) : (
                        <button type="submit" name="intent" value="endorse" className="button button--small">
                          {t("coordinator:students.endorse", { name: student.name })}
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
