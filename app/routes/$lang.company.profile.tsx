import type { MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CompanyProfileForm } from "~/components/company/CompanyProfileForm";
import { IncompleteNotice } from "~/components/company/IncompleteNotice";
import { ProposalNotice } from "~/components/company/ProposalNotice";
import { ReviewStatus } from "~/components/company/ReviewStatus";
import { profileAction, profileLoader } from "~/modules/companies/company-profile-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = profileLoader;
export const action = profileAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function CompanyProfile() {
  const { company, values, missing, places, saved, withdrawn, proposal, rejectedProposal } =
    useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <section className="page company-profile" aria-labelledby="profile-title">
      <h1 id="profile-title">{t("company:profile.title")}</h1>
      <p className="lede">{t("company:profile.intro")}</p>
      {saved && !failure ? (
        <p role="status" className="profile-saved">
          {t("company:profile.saved")}
        </p>
      ) : null}
      {withdrawn && !failure ? (
        <p role="status" className="profile-saved">
          {t("company:profile.proposal.withdrawn")}
        </p>
      ) : null}
      <ReviewStatus status={company.status} reason={company.rejectionReason} />
      <ProposalNotice companyId={company.id} proposal={proposal} rejected={rejectedProposal} />
      <IncompleteNotice missing={missing} />
      {/* A new form after each save: it starts from what is now stored, with an empty file input. */}
      <CompanyProfileForm key={company.revision} company={company} stored={values} places={places} failure={failure} />
    </section>
  );
}
