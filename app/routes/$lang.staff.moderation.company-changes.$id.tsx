import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DecisionForm } from "~/components/moderation/DecisionForm";
import { ImageChange } from "~/components/moderation/ImageChange";
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
            <ImageChange
              id="logo-title"
              heading={t("moderation:companyChange.logo")}
              alt={t("moderation:company.logo", { name: company.name })}
              none={t("moderation:companyChange.noLogo")}
              before={proposal.logo.before}
              after={proposal.logo.after}
            />
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
