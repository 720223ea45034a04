/**
 * Invitations to a company's or an organiser's team (ADR 0029): one-time links (one_time_token,
 * with the kind of team as purpose and its id in the data), their mails, the list of open ones,
 * and joining, with a new account or with the existing one the address belongs to.
 */
import type { Prisma } from "~/generated/prisma/client";
import { accountLink } from "~/modules/accounts/account-links.server";
import { recordPrivacyConsent } from "~/modules/accounts/consents.server";
import {
  checkOneTimeToken,
  consumeOneTimeToken,
  issueOneTimeToken,
  type TokenCheck,
} from "~/modules/accounts/one-time-tokens.server";
import { hashPassword } from "~/modules/accounts/password.server";
import type { Language } from "~/modules/i18n/languages";
import { db, type Database } from "~/utils/db.server";
import { isUniqueViolation } from "~/utils/db-errors";
import type { FieldErrors } from "~/utils/forms";
import { isUuid } from "~/utils/ids";
import { invitationRefusal, inviteeProblem, mayJoinWithAccount, type ExistingAccount } from "./team-policy";
import type { Join } from "./team.schema";
import { TEAMS, type Team, type TeamKind } from "./teams.server";

type Client = Database | Prisma.TransactionClient;

/** The team's id in a link's data, or null when it has none. */
function teamIdIn(team: Team, data: Prisma.JsonValue): string | null {
  const id = data && typeof data === "object" && !Array.isArray(data) ? data[team.idKey] : null;
  return typeof id === "string" && isUuid(id) ? id : null;
}

export type InviteResult = { ok: true } | { ok: false; errors: FieldErrors };

/**
 * Invites a colleague by email. The caller has checked that the inviter may manage the team. The
 * link and its mail are written in one transaction, so there is never a link without its mail
 * or the reverse.
 */
export async function inviteToTeam(
  team: Team,
  input: { inviter: { id: string; displayName: string }; teamId: string; email: string; language: Language },
): Promise<InviteResult> {
  const problem = inviteeProblem(await existingAccount(db(), team, input.email), { role: team.role, id: input.teamId });
  if (problem) return { ok: false, errors: { email: problem } };
  const found = await team.find(db(), input.teamId);
  if (!found) throw new Error(`no ${team.kind} ${input.teamId}`);
  const sentToday = await db().oneTimeToken.count({
    where: {
      purpose: team.purpose,
      createdAt: { gt: new Date(Date.now() - 24 * 3_600_000) },
      data: { path: [team.idKey], equals: input.teamId },
    },
  });
  const refusal = invitationRefusal(found, sentToday);
  if (refusal) return { ok: false, errors: { form: `${team.texts}.errors.${refusal}` } };
  await db().$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, {
      purpose: team.purpose,
      email: input.email,
      // `{ companyId, invitedBy }` or `{ organiserId, invitedBy }`.
      data: { [team.idKey]: input.teamId, invitedBy: input.inviter.id },
    });
    await team.queueInvitation(tx, {
      to: input.email,
      language: input.language,
      teamName: found.name,
      inviterName: input.inviter.displayName,
      url: accountLink(input.language, "invite", token),
    });
  });
  return { ok: true };
}

/** Invitations to the team that nobody has used yet and that still work. */
export async function pendingInvitations(team: Team, teamId: string, now = new Date()) {
  return db().oneTimeToken.findMany({
    where: {
      purpose: team.purpose,
      usedAt: null,
      expiresAt: { gt: now },
      data: { path: [team.idKey], equals: teamId },
    },
    select: { id: true, email: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * Withdraws an invitation nobody has used yet: the link stops working and the address is
 * forgotten. The row stays until the purge, without address or link, so it still counts
 * towards the team's invitations of the day (inviting and withdrawing is no way around the limit).
 */
export async function revokeInvitation(
  team: Team,
  teamId: string,
  invitationId: string,
  now = new Date(),
): Promise<boolean> {
  if (!isUuid(invitationId)) return false;
  const { count } = await db().oneTimeToken.updateMany({
    where: {
      id: invitationId,
      purpose: team.purpose,
      usedAt: null,
      expiresAt: { gt: now },
      data: { path: [team.idKey], equals: teamId },
    },
    // No link hashes to this value, so the link is unknown from now on.
    data: { tokenHash: `withdrawn:${invitationId}`, email: "", expiresAt: now },
  });
  return count === 1;
}

/** The account an address belongs to, if any, with the teams of this kind it is in. */
async function existingAccount(
  client: Client,
  team: Team,
  email: string,
): Promise<(NonNullable<ExistingAccount> & { id: string }) | null> {
  const user = await client.user.findUnique({ where: { email }, select: { id: true, role: true } });
  return user && { ...user, teamIds: await team.teamsOf(client, user.id) };
}

/** A link of any kind of team; its purpose says which. */
async function lookUp(token: string, now: Date): Promise<{ team: Team; check: TokenCheck }> {
  for (const team of TEAMS) {
    const check = await checkOneTimeToken(team.purpose, token, now);
    if (check.status !== "unknown") return { team, check };
  }
  return { team: TEAMS[0] as Team, check: { status: "unknown" } };
}

export type LinkProblem = "unknown" | "used" | "expired" | "taken";
export type InviteCheck =
  /** `account`: "new" asks for a name and password; "signedIn" joins with the account in use. */
  | { status: "valid"; kind: TeamKind; email: string; teamName: string; account: "new" | "signedIn" }
  /** The address has an account that may join: log in with it first. */
  | { status: "logIn"; kind: TeamKind; email: string; teamName: string }
  | { status: LinkProblem; kind: TeamKind };

/** Looks an invitation up without using it, to show the right form; `userId` is who is signed in. */
export async function checkInvite(token: string, userId: string | null, now = new Date()): Promise<InviteCheck> {
  const { team, check } = await lookUp(token, now);
  const kind = team.kind;
  if (check.status !== "valid") return { status: check.status, kind };
  const teamId = teamIdIn(team, check.data);
  const found = teamId ? await team.find(db(), teamId) : null;
  if (!found) return { status: "unknown", kind };
  const invite = { kind, email: check.email, teamName: found.name };
  const account = await existingAccount(db(), team, check.email);
  if (!account) return { status: "valid", ...invite, account: "new" };
  // Someone signed up with the address after the invitation was sent, or it was never free.
  if (!mayJoinWithAccount(account, team.role)) return { status: "taken", kind };
  return account.id === userId ? { status: "valid", ...invite, account: "signedIn" } : { status: "logIn", ...invite };
}

export type JoinResult =
  | { ok: true; userId: string; kind: TeamKind }
  | { ok: false; errors: FieldErrors }
  | { ok: false; invite: InviteCheck };

/**
 * Uses up the link in the caller's transaction and names the team it is for, or says why not.
 * The link came to the address, which proves it.
 */
async function useLink(
  tx: Prisma.TransactionClient,
  token: string,
  now: Date,
): Promise<{ team: Team; teamId: string; email: string } | { invite: InviteCheck }> {
  const { team } = await lookUp(token, now);
  const check = await consumeOneTimeToken(tx, team.purpose, token, now);
  if (check.status !== "valid") return { invite: { status: check.status, kind: team.kind } };
  const teamId = teamIdIn(team, check.data);
  if (!teamId || !(await team.find(tx, teamId))) return { invite: { status: "unknown", kind: team.kind } };
  return { team, teamId, email: check.email };
}

/**
 * Accepts an invitation with a new account: a confirmed account of the team's kind, its
 * membership and its privacy consent, together with using up the link.
 */
export async function acceptInvite(input: Join, language: Language, now = new Date()): Promise<JoinResult> {
  const { team, check } = await lookUp(input.token, now);
  if (check.status !== "valid") return { ok: false, invite: { status: check.status, kind: team.kind } };
  if (input.password.trim().toLowerCase() === check.email) {
    return { ok: false, errors: { password: "auth:errors.passwordIsEmail" } };
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx): Promise<JoinResult> => {
      const link = await useLink(tx, input.token, now);
      if ("invite" in link) return { ok: false, invite: link.invite };
      const user = await tx.user.create({
        data: {
          email: link.email,
          passwordHash,
          role: link.team.role,
          displayName: input.name,
          locale: language,
          emailVerifiedAt: now,
        },
      });
      await link.team.addMember(tx, link.teamId, user.id);
      await recordPrivacyConsent(tx, user.id, language);
      return { ok: true, userId: user.id, kind: link.team.kind };
    });
  } catch (error) {
    // The address got an account in the meantime; the rollback leaves the link unused.
    if (isUniqueViolation(error)) return { ok: false, invite: { status: "taken", kind: team.kind } };
    throw error;
  }
}

/**
 * Accepts an invitation with the account the person is signed in with (`userId`), which must be
 * the invited address's own and allowed to join (see checkInvite). Otherwise the answer is what
 * the link offers this person instead.
 */
export async function joinWithAccount(token: string, userId: string | null, now = new Date()): Promise<JoinResult> {
  const invite = await checkInvite(token, userId, now);
  if (invite.status !== "valid" || invite.account !== "signedIn" || !userId) return { ok: false, invite };
  return db()
    .$transaction(async (tx): Promise<JoinResult> => {
      // The account row locked, then asked again: two links opened at once (two companies' or a
      // company's and an organiser's) must not both let the one account in.
      await tx.$queryRaw`SELECT id FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
      const link = await useLink(tx, token, now);
      if ("invite" in link) return { ok: false, invite: link.invite };
      const account = await existingAccount(tx, link.team, link.email);
      if (!account || account.id !== userId || !mayJoinWithAccount(account, link.team.role)) {
        // Thrown away with the transaction, so the link stays unused.
        throw new JoinRaced(link.team.kind);
      }
      await link.team.addMember(tx, link.teamId, userId);
      return { ok: true, userId, kind: link.team.kind };
    })
    .catch((error: unknown) => {
      if (error instanceof JoinRaced) return { ok: false, invite: { status: "taken", kind: error.kind } };
      throw error;
    });
}

/** The account joined another team between the check and the join. */
class JoinRaced extends Error {
  constructor(readonly kind: TeamKind) {
    super("the account joined another team meanwhile");
  }
}
