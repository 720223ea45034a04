import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormRefusal } from "~/components/forms/FormRefusal";
import { InviteForm } from "~/components/account/InviteForm";
import { MemberList } from "~/components/account/MemberList";
import { pageMeta } from "~/modules/i18n/page-meta";
import type { I18nHandle } from "~/modules/i18n/route-namespaces";
import { organiserMembersAction, organiserMembersLoader } from "~/modules/organisers/organiser-members-page.server";

export const loader = organiserMembersLoader;
export const action = organiserMembersAction;
export const handle: I18nHandle = { i18n: ["organisers", "account", "auth"] };
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** The organiser's team: everyone sees it and may leave; the owner invites and removes. */
export default function OrganiserMembers() {
  const { organiser, members, canInvite, invitations } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const team = { name: "organiserId", value: organiser.id };
  const inviting = canInvite && organiser.verified;
  return (
    <section className="page" aria-labelledby="members-title">
      <p>
        <Link to={`/${i18n.language}/organiser`}>{t("organisers:home.back")}</Link>
      </p>
      <h1 id="members-title">{t("organisers:members.title", { name: organiser.name })}</h1>
      <p className="lede">{t("organisers:members.intro")}</p>
      {answer && "removed" in answer ? (
        <p role="status">{t("organisers:members.removed", { name: answer.removed })}</p>
      ) : null}
      {answer && "revoked" in answer ? <p role="status">{t("account:members.revokedDone")}</p> : null}
      {/* The invitation form shows refusals itself; without it, a refused "leave" says why here. */}
      {answer && "errors" in answer && !inviting ? <FormRefusal errors={answer.errors} /> : null}
      <MemberList members={members} team={team} />
      {canInvite && !organiser.verified ? <p className="note">{t("organisers:members.errors.notVerified")}</p> : null}
      {inviting ? (
        <InviteForm team={team} intro={t("organisers:members.inviteIntro")} answer={answer} invitations={invitations} />
      ) : canInvite ? null : (
        <p className="note">{t("organisers:members.onlyOwner")}</p>
      )}
    </section>
  );
}
