import { useTranslation } from "react-i18next";

type Status = "PENDING" | "VERIFIED" | "REJECTED";

/**
 * Where the Antenne's check of the company stands, at the top of the profile: it decides whether
 * anything of the company is public, so it is the first thing the owner should read.
 */
export function ReviewStatus({ status, reason }: { status: Status; reason: string | null }) {
  const { t } = useTranslation();
  return (
    <section className={`review-status review-status--${status.toLowerCase()}`} aria-labelledby="review-status-title">
      <h2 id="review-status-title">
        {t("company:profile.status.title")}:{" "}
        <span className="review-status__label">{t(`company:profile.status.${status}.label`)}</span>
      </h2>
      <p>{t(`company:profile.status.${status}.text`)}</p>
      {status === "REJECTED" ? (
        <>
          {reason ? (
            <>
              <p className="review-status__reason-title">{t("company:profile.status.REJECTED.reason")}</p>
              <blockquote className="review-status__reason">{reason}</blockquote>
            </>
          ) : null}
          <p>
            <strong>{t("company:profile.status.REJECTED.next")}</strong>
          </p>
        </>
      ) : null}
    </section>
  );
}
