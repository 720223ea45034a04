import { useTranslation } from "react-i18next";

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  isOwner: boolean;
  isYou: boolean;
}

/** The company's team, owner first; one line per person so a screen reader reads it as one. */
export function MemberList({ members }: { members: MemberRow[] }) {
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
          </li>
        ))}
      </ul>
    </>
  );
}
