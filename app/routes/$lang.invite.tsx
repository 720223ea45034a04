import type { MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JoinForm } from "~/components/account/JoinForm";
import { AuthCard } from "~/components/AuthCard";
import { pageMeta } from "~/modules/i18n/page-meta";
import { inviteAction, inviteLoader } from "~/modules/teams/invite-page.server";

export const loader = inviteLoader;
export const action = inviteAction;

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageMeta(data.meta) : []);

/** An invitation to a company's or an organiser's team: a new account, or the one signed in joins. */
export default function AcceptInvite() {
  const loaded = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const invite = answer && "invite" in answer ? answer.invite : loaded.invite;
  const organiser = invite.kind === "organiser";
  const title = t(organiser ? "account:invite.organiserTitle" : "account:invite.title");
  if (invite.status === "valid" && invite.account === "new") {
    const intro = organiser
      ? t("account:invite.organiserIntro", { organiser: invite.teamName })
      : t("account:invite.intro", { company: invite.teamName });
    return (
      <AuthCard title={title} intro={<p>{intro}</p>}>
        <JoinForm
          token={loaded.token}
          email={invite.email}
          answer={answer && "errors" in answer ? answer : undefined}
        />
      </AuthCard>
    );
  }
  if (invite.status === "valid") {
    return (
      <AuthCard title={title}>
        <p>{t("account:invite.withAccount", { email: invite.email, team: invite.teamName })}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="join" />
          <input type="hidden" name="token" value={loaded.token} />
          <button type="submit" className="button">
            {t("account:invite.join")}
          </button>
        </Form>
      </AuthCard>
    );
  }
  if (invite.status === "logIn") {
    const here = `/${i18n.language}/invite?${new URLSearchParams({ token: loaded.token }).toString()}`;
    return (
      <AuthCard title={title}>
        <p>{t("account:invite.logInFirst", { email: invite.email, team: invite.teamName })}</p>
        {loaded.signedIn ? (
          <p>{t("account:invite.otherAccount", { email: invite.email })}</p>
        ) : (
          <p>
            <Link className="button" to={`/${i18n.language}/login?${new URLSearchParams({ next: here }).toString()}`}>
              {t("account:invite.login")}
            </Link>
          </p>
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={title}>
      <p role="alert">{invite.status === "taken" ? t("account:invite.taken") : t(`auth:links.${invite.status}`)}</p>
      {invite.status === "taken" ? (
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
