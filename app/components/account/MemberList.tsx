import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { MemberRow } from "~/modules/teams/member-row";

/** The hidden field that names the team in a form: `companyId` or `organiserId`. */
export interface TeamField {
  name: string;
  value: string;
}

/**
 * A company's or an organiser's team, owners first; one line per person so a screen reader reads
 * it as one. A removable row gets a button: "remove" for a colleague, "leave" for oneself.
 */
export function MemberList({ members, team }: { members: MemberRow[]; team?: TeamField }) {
  const { t, i18n } = useTranslation();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  return (
    <>
      <h2 id="team-title">{t("account:members.teamTitle")}</h2>
      <ul aria-labelledby="team-title">
        {members.map((member) => (
          <li key={member.id}>
            <strong>{member.name}</strong>
            {member.isYou ? ` ${t("account:members.you")}` : null} – {member.email} –{" "}
            {member.isOwner ? t("account:members.owner") : t("account:members.member")} –{" "}
            {t("account:members.joined", { date: day.format(new Date(`${member.joinedOn}T00:00:00Z`)) })}
            {team && member.removable ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="remove" />
                <input type="hidden" name={team.name} value={team.value} />
                <input type="hidden" name="memberId" value={member.id} />
                <button type="submit" className="button button--secondary button--small">
                  {member.isYou ? t("account:members.leave") : t("account:members.remove")}
                  {member.isYou ? null : <span className="visually-hidden">: {member.name}</span>}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
