import { Form, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField } from "~/components/forms/FormFields";
import type { FieldErrors, FormValues } from "~/utils/forms";
import { textOf } from "~/utils/forms";

export interface AgreementScanView {
  id: string;
  role: string;
  partyName: string;
  status: string;
  type: string;
  size: string;
  sha256: string;
  uploadedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
}

/**
 * The scans of hand-signed copies of the agreement's current revision: each one's party, file and
 * SHA-256, and for the school and staff the two plain forms that confirm it (it then counts as the
 * party's signature) or reject it with a reason mailed to the party.
 */
export function AgreementScans({
  scans,
  canDecide,
  reasons,
  answer,
}: {
  scans: AgreementScanView[];
  canDecide: boolean;
  reasons: readonly string[];
  answer: { errors?: FieldErrors; values?: FormValues } | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  return (
    <section aria-labelledby="scans-title">
      <h2 id="scans-title">{t("agreements:page.scansHeading")}</h2>
      {canDecide ? <p>{t("agreements:page.scansIntro")}</p> : null}
      <ul className="stack">
        {scans.map((scan) => {
          const party = t("agreements:page.scanParty", {
            role: t(`agreements:roles.${scan.role}`),
            name: scan.partyName,
          });
          const mine = textOf(answer?.values, "scanId") === scan.id ? answer?.errors : undefined;
          const field = (name: string) => `${name}-${scan.id}`;
          return (
            <li key={scan.id} className="card">
              <h3>{party}</h3>
              <p>
                {t("agreements:page.scanUploaded", { date: scan.uploadedAt })} ·{" "}
                {scan.status === "PENDING"
                  ? t("agreements:page.scanPending")
                  : t("agreements:page.scanConfirmedBy", { name: scan.decidedBy ?? "—", date: scan.decidedAt ?? "—" })}
              </p>
              <p>
                <a href={`/${i18n.language}/agreements/${id}/scans/${scan.id}`}>
                  {t("agreements:page.scanOpen", { type: scan.type, size: scan.size })}
                </a>
              </p>
              <p className="note">
                {t("agreements:page.scanHash")} <code>{scan.sha256}</code>
              </p>
              {canDecide && scan.status === "PENDING" ? (
                <>
                  <Form method="post">
                    <input type="hidden" name="scanId" value={scan.id} />
                    <button type="submit" name="intent" value="confirm-scan" className="button">
                      {t("agreements:page.confirmScan")}
                      <span className="visually-hidden"> – {party}</span>
                    </button>
                  </Form>
                  <Form method="post" className="stack">
                    <input type="hidden" name="scanId" value={scan.id} />
                    <SelectField
                      name="reason"
                      id={field("reason")}
                      label={t("agreements:page.rejectReason")}
                      error={mine?.reason}
                      defaultValue={textOf(mine ? answer?.values : undefined, "reason")}
                      required
                    >
                      <option value="">—</option>
                      {reasons.map((reason) => (
                        <option key={reason} value={reason}>
                          {t(`agreements:scanReasons.${reason}`)}
                        </option>
                      ))}
                    </SelectField>
                    <TextAreaField
                      name="note"
                      id={field("note")}
                      label={t("agreements:page.rejectNote")}
                      hint={t("agreements:page.rejectNoteHint")}
                      error={mine?.note}
                      defaultValue={textOf(mine ? answer?.values : undefined, "note")}
                      rows={3}
                      maxLength={1000}
                    />
                    <p>
                      <button type="submit" name="intent" value="reject-scan" className="button button--danger">
                        {t("agreements:page.rejectScan")}
                        <span className="visually-hidden"> – {party}</span>
                      </button>
                    </p>
                  </Form>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
