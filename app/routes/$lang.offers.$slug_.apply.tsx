import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ApplyForm } from "~/components/applications/ApplyForm";
import { applyPageAction, applyPageLoader } from "~/modules/applications/apply-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

/* `$slug_`: the apply page is not nested in the offer page's layout; its URL is /:lang/offers/:slug/apply. */
export const loader = applyPageLoader;
export const action = applyPageAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** A student applies for one period of an offer, or learns why they cannot (yet). */
export default function ApplyPage() {
  const { state, offer, periods, openApplicationId, cv, defaults } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  return (
    <section className="page apply-page" aria-labelledby="apply-title">
      <p className="breadcrumb">
        <Link to={offer.path}>{t("applications:apply.backToOffer")}</Link>
      </p>
      <h1 id="apply-title">
        {t("applications:apply.heading")} <span lang={offer.titleLanguage}>{offer.title}</span>
      </h1>
      <p className="lede">{t("applications:apply.companyAt", { company: offer.companyName, place: offer.place })}</p>
      {state === "consentMissing" ? (
        <div className="notice notice--warning">
          <h2>{t("applications:apply.consentMissing.heading")}</h2>
          <p>{t("applications:apply.consentMissing.text")}</p>
        </div>
      ) : state === "alreadyApplied" && openApplicationId ? (
        <p className="notice">
          {t("applications:apply.alreadyApplied")}{" "}
          <Link to={`/${i18n.language}/student/applications/${openApplicationId}`}>
            {t("applications:apply.alreadyAppliedLink")}
          </Link>
        </p>
      ) : state === "noProfile" ? (
        <p className="notice notice--warning">{t("applications:apply.noProfile")}</p>
      ) : state === "closed" ? (
        <p className="notice">
          {t("applications:apply.closed")}{" "}
          <Link to={`/${i18n.language}/offers`}>{t("applications:apply.otherOffers")}</Link>
        </p>
      ) : (
        <>
          <p>{t("applications:apply.intro")}</p>
          <ApplyForm periods={periods} cv={cv} defaults={defaults} failure={failure} />
        </>
      )}
    </section>
  );
}
