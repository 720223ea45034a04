import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ReasonList } from "~/components/matching/MatchReasons";
import { pageMeta } from "~/modules/i18n/page-meta";
import { candidatesPageLoader } from "~/modules/matching/candidates-page.server";

export const loader = candidatesPageLoader;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** Discoverable students an offer suits, best first, each with why, for the offer's company. */
export default function OfferCandidates() {
  const { offer, verified, candidates } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const level = (value: string | null) => value ?? t("matching:candidates.noLevel");
  return (
    <section className="page candidates" aria-labelledby="candidates-title">
      <p className="breadcrumb">
        <Link to={`/${i18n.language}/company/offers/${offer.id}`}>{t("matching:candidates.back")}</Link>
      </p>
      <h1 id="candidates-title">{t("matching:candidates.heading", { title: offer.title })}</h1>
      {!verified ? (
        <p className="note">{t("matching:candidates.notVerified")}</p>
      ) : candidates.length === 0 ? (
        <p>{t("matching:candidates.empty")}</p>
      ) : (
        <>
          <p className="lede">{t("matching:candidates.intro")}</p>
          <ol className="candidate-list" aria-label={t("matching:candidates.listLabel")}>
            {candidates.map((candidate) => (
              <li key={candidate.userId} className="candidate">
                <h2 className="candidate__name">
                  <Link to={`/${i18n.language}/students/${candidate.userId}`}>{candidate.displayName}</Link>
                </h2>
                {candidate.endorsed ? <p className="badge--endorsed">{t("matching:candidates.endorsed")}</p> : null}
                <p className="candidate__facts">
                  {candidate.school}
                  <br />
                  {t("matching:candidates.levels", {
                    de: level(candidate.levelGerman),
                    fr: level(candidate.levelFrench),
                  })}
                </p>
                <ReasonList reasons={candidate.reasons} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
