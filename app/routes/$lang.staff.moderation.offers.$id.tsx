import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DecisionForm } from "~/components/moderation/DecisionForm";
import { DecisionHistory } from "~/components/moderation/DecisionHistory";
import { OfferChanges } from "~/components/moderation/OfferChanges";
import { Timestamp } from "~/components/staff/Timestamp";
import { offerReviewAction, offerReviewLoader } from "~/modules/moderation/moderation-pages.server";
import { offerDecisionSchema } from "~/modules/moderation/moderation.schema";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = offerReviewLoader;
export const action = offerReviewAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function ModerateOffer() {
  const { offer, company, details, diff, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/staff/moderation`;
  return (
    <article aria-labelledby="offer-title" className="moderation-review">
      <p>
        <Link to={base}>{t("moderation:back")}</Link>
      </p>
      <h1 id="offer-title">{offer.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t("moderation:offer.company")}</dt>
          <dd>
            <Link to={`${base}/companies/${company.id}`}>{company.name}</Link> (
            {t(`moderation:company.statuses.${company.status}`)})
          </dd>
        </div>
        <div>
          <dt>{t("moderation:offer.status")}</dt>
          <dd>{t(`moderation:offer.statuses.${offer.status}`)}</dd>
        </div>
        {offer.submittedAt ? (
          <div>
            <dt>{t("moderation:offer.submittedAt")}</dt>
            <dd>
              <Timestamp value={offer.submittedAt} />
            </dd>
          </div>
        ) : null}
        {offer.publishedAt ? (
          <div>
            <dt>{t("moderation:offer.publishedAt")}</dt>
            <dd>
              <Timestamp value={offer.publishedAt} />
            </dd>
          </div>
        ) : null}
        {offer.reviewComment ? (
          <div>
            <dt>{t("moderation:offer.lastComment")}</dt>
            <dd className="moderation-text">{offer.reviewComment}</dd>
          </div>
        ) : null}
      </dl>
      <p>
        <Link to={offer.publicPath}>{t("moderation:offer.preview")}</Link>
      </p>
      <OfferChanges kind={diff.kind} changes={diff.changes} />
      <section aria-labelledby="details-title">
        <h2 id="details-title">{t("moderation:offer.details")}</h2>
        <dl className="facts moderation-details">
          {details.map((detail) => (
            <div key={detail.field}>
              <dt>{detail.label}</dt>
              <dd className="moderation-text">{detail.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <DecisionHistory decisions={history} />
      {offer.waiting ? (
        <>
          {company.status === "VERIFIED" ? null : (
            <p className="staff-notice">
              {t("moderation:offer.companyPending", { company: company.name })}{" "}
              <Link to={`${base}/companies/${company.id}`}>{t("moderation:offer.verifyCompany")}</Link>
            </p>
          )}
          <DecisionForm
            schema={offerDecisionSchema}
            hint={t("moderation:form.offerHint")}
            version={offer.version}
            failure={failure}
            buttons={[
              { value: "PUBLISH", label: t("moderation:form.publish"), tone: "primary" },
              { value: "REQUEST_CHANGES", label: t("moderation:form.requestChanges"), tone: "secondary" },
              { value: "REJECT", label: t("moderation:form.reject"), tone: "danger" },
            ]}
          />
        </>
      ) : (
        <p className="staff-notice">{t("moderation:offer.notWaiting")}</p>
      )}
    </article>
  );
}
