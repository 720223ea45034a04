import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { MatchReasons } from "~/components/matching/MatchReasons";
import type { Language } from "~/modules/i18n/languages";
import type { OfferPage, OfferView } from "~/modules/offers/public-offer-page.server";

/**
 * Says plainly which language the offer's text is in when it is not the reader's (the loader
 * decides which notice; see languageNotice), with a link to the other version when there is one.
 */
export function OfferLanguageNotice({ offer }: { offer: OfferView }) {
  const { t } = useTranslation();
  if (!offer.notice) return null;
  const other = offer.otherVersion;
  return (
    <p className="offer-language-notice">
      {t(offer.notice)}
      {other ? (
        <>
          {" "}
          <Link to={other.path} hrefLang={other.language}>
            {t(`offers:page.otherVersion.${other.language}`)}
          </Link>
        </>
      ) : null}
    </p>
  );
}

/** Unpublished offers are shown to their company and to staff only, and say so at the top. */
export function OfferPreviewBanner({ preview }: { preview: NonNullable<OfferPage["preview"]> }) {
  const { t } = useTranslation();
  const text =
    preview.status === "PUBLISHED" && !preview.companyVerified
      ? t("offers:page.companyPending")
      : t("offers:page.preview", { status: t(`offers:status.${preview.status}`) });
  return (
    <p className="offer-preview">
      <strong>{text}</strong>
    </p>
  );
}

/**
 * What a reader can do next: a student sees how the offer fits them (or why not) and applies; a
 * visitor logs in or signs up first and comes back to the application form.
 */
export function OfferCallToAction({
  reader,
  match,
  applyPath,
  language,
}: Pick<OfferPage, "reader" | "match" | "applyPath"> & { language: Language }) {
  const { t } = useTranslation();
  if (reader === "other" || !applyPath) return null;
  if (reader === "visitor") {
    return (
      <section className="offer-cta" aria-labelledby="offer-apply-title">
        <h2 id="offer-apply-title">{t("offers:page.applyHeading")}</h2>
        <p>{t("offers:page.signupIntro")}</p>
        <p className="actions">
          <Link className="button" to={`/${language}/signup/student`}>
            {t("offers:page.signupLink")}
          </Link>
          <Link className="button button--secondary" to={`/${language}/login?next=${encodeURIComponent(applyPath)}`}>
            {t("offers:page.loginToApply")}
          </Link>
        </p>
      </section>
    );
  }
  const period = match?.eligible ? `?period=${match.periodId}` : "";
  return (
    <section className="offer-cta" aria-labelledby="offer-apply-title">
      <h2 id="offer-apply-title">{t(match?.eligible ? "offers:page.fitsHeading" : "offers:page.applyHeading")}</h2>
      {match ? <MatchReasons result={match} /> : <p>{t("offers:page.completeProfile")}</p>}
      {match && !match.eligible ? <p className="note">{t("offers:page.mayStillApply")}</p> : null}
      <p>
        <Link className="button" to={`${applyPath}${period}`}>
          {t("offers:page.applyLink")}
        </Link>
      </p>
    </section>
  );
}
