import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DecisionForm } from "~/components/moderation/DecisionForm";
import { DecisionHistory } from "~/components/moderation/DecisionHistory";
import { Timestamp } from "~/components/staff/Timestamp";
import { companyReviewAction, companyReviewLoader } from "~/modules/moderation/moderation-pages.server";
import { companyDecisionSchema } from "~/modules/moderation/moderation.schema";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = companyReviewLoader;
export const action = companyReviewAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

export default function ModerateCompany() {
  const { company, history } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const empty = t("moderation:values.empty");
  const facts: [string, ReactNode][] = [
    [t("moderation:company.status"), t(`moderation:company.statuses.${company.status}`)],
    [t("moderation:company.country"), t(`reference:country.${company.country}`)],
    [t("moderation:company.place"), company.place],
    [t("moderation:company.address"), company.address],
    [
      t("moderation:company.website"),
      // Only web links become links: a profile field must never run script on a staff page.
      company.website && /^https?:\/\//i.test(company.website) ? (
        <a key="website" href={company.website} rel="noopener noreferrer nofollow" target="_blank">
          {company.website}
        </a>
      ) : (
        (company.website ?? t("moderation:company.noWebsite"))
      ),
    ],
    [t("moderation:company.size"), t(`moderation:company.sizes.${company.size}`)],
    [t("moderation:company.contact"), company.contactName],
    [
      t("moderation:company.contactEmail"),
      <a key="email" href={`mailto:${company.contactEmail}`}>
        {company.contactEmail}
      </a>,
    ],
    [t("moderation:company.descriptionDe"), company.descriptionDe ?? empty],
    [t("moderation:company.descriptionFr"), company.descriptionFr ?? empty],
    [t("moderation:company.offers"), company.offers],
    [t("moderation:company.members"), company.members],
    [t("moderation:company.reviewRequestedAt"), <Timestamp key="requested" value={company.reviewRequestedAt} />],
  ];
  if (company.reviewedAt) {
    facts.push([t("moderation:company.reviewedAt"), <Timestamp key="reviewed" value={company.reviewedAt} />]);
  }
  if (company.rejectionReason) facts.push([t("moderation:company.rejectionReason"), company.rejectionReason]);
  return (
    <article aria-labelledby="company-title" className="moderation-review">
      <p>
        <Link to={`/${i18n.language}/staff/moderation`}>{t("moderation:back")}</Link>
      </p>
      <div className="moderation-company__head">
        {company.logoUrl ? (
          <img
            className="moderation-company__logo"
            src={company.logoUrl}
            alt={t("moderation:company.logo", { name: company.name })}
          />
        ) : null}
        <h1 id="company-title">{company.name}</h1>
      </div>
      <h2>{t("moderation:company.profile")}</h2>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd className="moderation-text">{value}</dd>
          </div>
        ))}
      </dl>
      <DecisionHistory decisions={history} />
      {company.waiting ? (
        <DecisionForm
          schema={companyDecisionSchema}
          hint={t("moderation:form.companyHint")}
          version={company.version}
          failure={failure}
          buttons={[
            { value: "VERIFY", label: t("moderation:form.verify"), tone: "primary" },
            { value: "REJECT", label: t("moderation:form.reject"), tone: "danger" },
          ]}
        />
      ) : (
        <p className="staff-notice">{t("moderation:company.notWaiting")}</p>
      )}
    </article>
  );
}
