/**
 * What the members pages of companies and organisers share: the rows of the team and of its open
 * invitations, and the owner's forms about invitations. Each page checks its own policy first.
 */
import { readForm, refuse } from "~/utils/form-action.server";
import { inviteToTeam, pendingInvitations, revokeInvitation } from "./team-invitations.server";
import { inviteSchema, revokeInvitationSchema } from "./team.schema";
import type { MemberRow } from "./member-row";
import type { Team } from "./teams.server";

interface TeamMember {
  isOwner: boolean;
  joinedAt: Date;
  user: { id: string; displayName: string; email: string };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The team as the signed-in user sees it; `removable` says whose row gets a button to go. */
export function memberRows(
  members: TeamMember[],
  userId: string,
  removable: (member: TeamMember) => boolean = () => false,
): MemberRow[] {
  return members.map((member) => ({
    id: member.user.id,
    name: member.user.displayName,
    email: member.user.email,
    isOwner: member.isOwner,
    isYou: member.user.id === userId,
    joinedOn: day(member.joinedAt),
    removable: removable(member),
  }));
}

export async function invitationRows(team: Team, teamId: string) {
  const invitations = await pendingInvitations(team, teamId);
  return invitations.map((invitation) => ({
    id: invitation.id,
    email: invitation.email,
    expiresOn: day(invitation.expiresAt),
  }));
}

/**
 * The owner's forms about invitations: withdraw one (`intent=revoke`), or invite a colleague.
 * The caller has checked that the signed-in user may manage this team.
 */
export async function invitationAction(
  request: Request,
  team: Team,
  teamId: string,
  inviter: { id: string; displayName: string },
  intent: FormDataEntryValue | null,
) {
  if (intent === "revoke") {
    const form = await readForm(request, revokeInvitationSchema);
    if (!form.ok) return form.response;
    if (!(await revokeInvitation(team, teamId, form.data.invitationId))) {
      return refuse({ form: "account:members.errors.noSuchInvitation" }, form.values);
    }
    return { revoked: true };
  }
  const form = await readForm(request, inviteSchema);
  if (!form.ok) return form.response;
  const result = await inviteToTeam(team, { inviter, teamId, ...form.data });
  if (!result.ok) return refuse(result.errors, form.values);
  return { invited: form.data.email };
}
