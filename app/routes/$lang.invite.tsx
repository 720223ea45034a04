import type { MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JoinForm } from "~/components/account/JoinForm";
import { AuthCard } from "~/components/AuthCard";
import { inviteAction, inviteLoader } from "~/modules/companies/invite-page.server";
import { pageMeta } from "~/modules/i18n/page-meta";

export const loader = inviteLoader;
export const action = inviteAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

export default function AcceptInvite() {
  const { token, invite } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const failed =
    answer && "linkStatus" in answer ? answer.linkStatus : invite.status !== "valid" ? invite.status : null;
  if (failed || invite.status !== "valid") {
    return (
      <AuthCard title={t("account:invite.title")}>
        <p role="alert">{failed === "taken" ? t("account:invite.taken") : t(`auth:links.${failed ?? "unknown"}`)}</p>
        {failed === "taken" ? (
          <p>
            <Link className="button" to={`/${i18n.language}/login`}>
              {t("account:invite.login")}
            </Link>
          </p>
        ) : (
          <p>{t("account:invite.askOwner")}</p>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={t("account:invite.title")}
      intro={<p>{t("account:invite.intro", { company: invite.companyName })}</p>}
    >
      <JoinForm token={token} email={invite.email} answer={answer && "errors" in answer ? answer : undefined} />
    </AuthCard>
  );
}
