import { useTranslation } from "react-i18next";
import { Timestamp } from "~/components/staff/Timestamp";
import type { ShownDate } from "~/modules/i18n/date-format";

export interface PastDecision {
  id: string;
  decision: "VERIFY" | "REJECT" | "PUBLISH" | "REQUEST_CHANGES";
  comment: string | null;
  staffName: string | null;
  at: ShownDate;
}

/** Earlier decisions with their comments, newest first, so staff see what the company was told. */
export function DecisionHistory({ decisions }: { decisions: PastDecision[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("moderation:history.title")}</h2>
      {decisions.length === 0 ? (
        <p>{t("moderation:history.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table">
            <caption>{t("moderation:history.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("moderation:history.when")}</th>
                <th scope="col">{t("moderation:history.decision")}</th>
                <th scope="col">{t("moderation:history.who")}</th>
                <th scope="col">{t("moderation:history.comment")}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((decision) => (
                <tr key={decision.id}>
                  <td>
                    <Timestamp value={decision.at} />
                  </td>
                  <th scope="row">{t(`moderation:history.decisions.${decision.decision}`)}</th>
                  <td>{decision.staffName ?? t("moderation:history.formerStaff")}</td>
                  <td className="moderation-text">{decision.comment ?? t("moderation:history.noComment")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
