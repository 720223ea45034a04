import { useTranslation } from "react-i18next";
import type { ShownDate } from "~/modules/i18n/date-format";
import { Timestamp } from "./Timestamp";

export type ShownGuardian =
  | { state: "not-needed" }
  | { state: "waiting"; name: string | null; email: string | null; ownAddress: boolean }
  | { state: "given"; name: string | null; email: string | null; ownAddress: boolean; at: ShownDate };

/** A student's parental consent: whether it is needed, who was asked, and when it was given. */
export function GuardianFacts({ guardian }: { guardian: ShownGuardian }) {
  const { t } = useTranslation();
  const who = guardian.state === "not-needed" ? null : [guardian.name, guardian.email && `<${guardian.email}>`];
  return (
    <>
      <h2>{t("staff:guardian.title")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("staff:guardian.status")}</dt>
          <dd>{t(`staff:guardian.states.${guardian.state}`)}</dd>
        </div>
        {who ? (
          <div>
            <dt>{t("staff:guardian.who")}</dt>
            <dd>{who.filter(Boolean).join(" ") || t("staff:guardian.unknown")}</dd>
          </div>
        ) : null}
        {guardian.state === "given" ? (
          <div>
            <dt>{t("staff:guardian.givenAt")}</dt>
            <dd>
              <Timestamp value={guardian.at} />
            </dd>
          </div>
        ) : null}
      </dl>
      {guardian.state !== "not-needed" && guardian.ownAddress ? (
        <p className="notice notice--warning" role="note">
          {t("staff:guardian.ownAddress")}
        </p>
      ) : null}
    </>
  );
}
