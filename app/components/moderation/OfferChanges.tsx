import { useTranslation } from "react-i18next";

export interface ShownChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** "What changed since the last published version": a before/after table, or why there is none. */
export function OfferChanges({
  kind,
  changes,
  firstPublication,
}: {
  kind: "firstPublication" | "changes";
  changes: ShownChange[];
  /** The note for a first publication, when the thing is not an offer. */
  firstPublication?: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="changes-title">
      <h2 id="changes-title">{t("moderation:offer.changes")}</h2>
      {kind === "firstPublication" ? (
        <p className="staff-notice">{firstPublication ?? t("moderation:offer.firstPublication")}</p>
      ) : changes.length === 0 ? (
        <p>{t("moderation:offer.noChanges")}</p>
      ) : (
        <div className="table-scroll">
          <table className="staff-table moderation-changes">
            <caption>{t("moderation:offer.changesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("moderation:offer.field")}</th>
                <th scope="col">{t("moderation:offer.before")}</th>
                <th scope="col">{t("moderation:offer.after")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{change.label}</th>
                  <td className="moderation-text moderation-changes__before">{change.before}</td>
                  <td className="moderation-text moderation-changes__after">{change.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
