import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  isOwner: boolean;
  isYou: boolean;
}

/**
 * The company's team, owner first; one line per person so a screen reader reads it as one. The
 * owner (companyId given) gets a button to take each colleague off the team.
 */
export function MemberList({ members, companyId }: { members: MemberRow[]; companyId?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h2 id="team-title">{t("account:members.teamTitle")}</h2>
      <ul aria-labelledby="team-title">
        {members.map((member) => (
          <li key={member.id}>
            <strong>{member.name}</strong>
            {member.isYou ? ` ${t("account:members.you")}` : null} – {member.email} –{" "}
            {member.isOwner ? t("account:members.owner") : t("account:members.member")}
            {companyId && !member.isOwner ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name="companyId" value={companyId} />
                <input type="hidden" name="memberId" value={member.id} />
                <button type="submit" className="button button--secondary button--small">
                  {t("account:members.remove")}
                  <span className="visually-hidden">: {member.name}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
