import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DecisionForm } from "~/components/moderation/DecisionForm";
import { OfferChanges } from "~/components/moderation/OfferChanges";
import { Timestamp } from "~/components/staff/Timestamp";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { companyChangeAction, companyChangeLoader } from "~/modules/moderation/company-change-pages.server";
import { companyChangeDecisionSchema } from "~/modules/moderation/moderation.schema";
import { staffPageMeta } from "~/modules/staff/staff-meta";

export const loader = companyChangeLoader;
export const action = companyChangeAction;
export const handle: I18nHandle = { i18n: ["staff", "moderation"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => staffPageMeta(data);

/** A verified company's proposed public changes (ADR 0026): before → after, and the decision. */
export default function ModerateCompanyChange() {
  const { company, proposal } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const base = `/${i18n.language}/staff/moderation`;
  return (
    <article aria-labelledby="change-title" className="moderation-review">
      <p>
        <Link to={base}>{t("moderation:back")}</Link>
      </p>
      <h1 id="change-title">{t("moderation:companyChange.title", { name: company.name })}</h1>
      <p className="lede">{t("moderation:companyChange.intro")}</p>
      <p>
        <Link to={`${base}/companies/${company.id}`}>{t("moderation:companyChange.companyPage")}</Link>
      </p>
      {proposal ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t("moderation:offer.submittedAt")}</dt>
              <dd>
                <Timestamp value={proposal.submittedAt} />
              </dd>
            </div>
            <div>
              <dt>{t("moderation:companyChange.author")}</dt>
              <dd>{proposal.author ?? t("moderation:companyChange.formerMember")}</dd>
            </div>
          </dl>
          <OfferChanges kind="changes" changes={proposal.changes} />
          {proposal.logo.change === "KEEP" ? null : (
            <section aria-labelledby="logo-title">
              <h2 id="logo-title">{t("moderation:companyChange.logo")}</h2>
              <div className="moderation-logos">
                {[
                  { key: "before", url: proposal.logo.before },
                  { key: "after", url: proposal.logo.after },
                ].map((logo) => (
                  <figure key={logo.key} className="logo-preview">
                    {logo.url ? (
                      <img src={logo.url} alt={t("moderation:company.logo", { name: company.name })} />
                    ) : (
                      <p>{t("moderation:companyChange.noLogo")}</p>
                    )}
                    <figcaption>{t(`moderation:offer.${logo.key}`)}</figcaption>
                  </figure>
                ))}
              </div>
            </section>
          )}
          <DecisionForm
            schema={companyChangeDecisionSchema}
            hint={t("moderation:form.companyChangeHint")}
            version={proposal.version}
            failure={failure}
            buttons={[
              { value: "APPROVE", label: t("moderation:form.approve"), tone: "primary" },
              { value: "REJECT", label: t("moderation:form.reject"), tone: "danger" },
            ]}
          />
        </>
      ) : (
        <p className="staff-notice">{t("moderation:companyChange.notWaiting")}</p>
      )}
    </article>
  );
}
