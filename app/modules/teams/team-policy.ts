/**
 * The rules of invitations, the same for a company's and an organiser's team (ADR 0029). Who may
 * see, invite or remove stays with each kind's own policy (company-policy, organiser-policy);
 * these say which address may be invited, when a team may send, and which existing account may
 * join. Pure, so every rule is tested without a database.
 */
import type { Role } from "~/modules/companies/company-policy";

/** The account that already uses an invited address, if any, and the teams of that kind it belongs to. */
export type ExistingAccount = { role: Role; teamIds: string[] } | null;

/**
 * Why an address cannot be invited, as a locale key, or null. Only membership of this very team
 * is named (the owner sees the team anyway). An address that belongs to a student or to another
 * team gets an invitation like any other, whose link then says the address already has an
 * account: the form must not tell an owner who else is on the platform (issue 15, point 8).
 */
export function inviteeProblem(existing: ExistingAccount, team: { role: Role; id: string }): string | null {
  if (existing?.role === team.role && existing.teamIds.includes(team.id)) {
    return "account:members.errors.alreadyMember";
  }
  return null;
}

/** Invitations a team may send in 24 hours, and only once the Antenne has verified it. */
export const DAILY_INVITATIONS = 10;

/** Why a team may not send an invitation now (`notVerified`, `dailyLimit`), or null. */
export function invitationRefusal(team: { verified: boolean }, sentToday: number): "notVerified" | "dailyLimit" | null {
  if (!team.verified) return "notVerified";
  if (sentToday >= DAILY_INVITATIONS) return "dailyLimit";
  return null;
}

/**
 * Whether an account that already exists may join with an invitation to its address: one of the
 * team's own kind that belongs to no team of that kind (any more), such as a member who left or
 * was removed and is asked back. It joins signed in, without a new password. Anyone else keeps
 * their account as it is; an account belongs to one company or one organiser at a time.
 */
export function mayJoinWithAccount(existing: ExistingAccount, role: Role): boolean {
  return existing?.role === role && existing.teamIds.length === 0;
}
