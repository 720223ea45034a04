import type { MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InviteForm } from "~/components/account/InviteForm";
import { MemberList } from "~/components/account/MemberList";
import { pageMeta } from "~/modules/i18n/page-meta";
import { membersAction, membersLoader } from "~/modules/companies/members-page.server";

export const loader = membersLoader;
export const action = membersAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function CompanyMembers() {
  const { company, members, canInvite, invitations } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const team = { name: "companyId", value: company.id };
  return (
    <section className="page" aria-labelledby="members-title">
      <h1 id="members-title">{t("account:members.title", { company: company.name })}</h1>
      <p className="lede">{t("account:members.intro")}</p>
      {answer && "removed" in answer ? (
        <p role="status">{t("account:members.removed", { name: answer.removed })}</p>
      ) : null}
      {answer && "revoked" in answer ? <p role="status">{t("account:members.revokedDone")}</p> : null}
      <MemberList members={members} team={team} />
      {canInvite && !company.verified ? <p className="note">{t("account:members.notVerified")}</p> : null}
      {canInvite && company.verified ? (
        <InviteForm team={team} intro={t("account:members.inviteIntro")} answer={answer} invitations={invitations} />
      ) : canInvite ? null : (
        <p className="note">{t("account:members.onlyOwner")}</p>
      )}
    </section>
  );
}
