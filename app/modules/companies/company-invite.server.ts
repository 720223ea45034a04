import { isUniqueViolation } from "~/utils/db-errors";
import { recordPrivacyConsent } from "~/modules/accounts/consents.server";
import { z } from "zod";
import { accountLink } from "~/modules/accounts/account-links.server";
import { checkOneTimeToken, consumeOneTimeToken, issueOneTimeToken } from "~/modules/accounts/one-time-tokens.server";
import { hashPassword } from "~/modules/accounts/password.server";
import type { Language } from "~/modules/i18n/languages";
import { queueMail } from "~/modules/mail/mail-queue.server";
import { db } from "~/utils/db.server";
import type { FieldErrors } from "~/utils/forms";
import type { Join } from "./company.schema";
import { invitationRefusal, inviteeProblem } from "./company-policy";

/** What an invitation link carries besides the address: where to, and from whom. */
const inviteData = z.object({ companyId: z.guid(), invitedBy: z.guid() });

export type InviteResult = { ok: true } | { ok: false; errors: FieldErrors };

/**
 * Invites a colleague by email. The caller has checked canManageMembers. The link and its mail
 * are written in one transaction, so there is never a link without its mail or the reverse.
 */
export async function inviteColleague(input: {
  inviter: { id: string; displayName: string };
  companyId: string;
  email: string;
  language: Language;
}): Promise<InviteResult> {
  const existing = await db().user.findUnique({
    where: { email: input.email },
    select: { role: true, memberships: { select: { companyId: true } } },
  });
  const problem = inviteeProblem(
    existing && { role: existing.role, companyIds: existing.memberships.map((member) => member.companyId) },
    input.companyId,
  );
  if (problem) return { ok: false, errors: { email: problem } };
  const company = await db().company.findUniqueOrThrow({
    where: { id: input.companyId },
    select: { name: true, status: true },
  });
  const sentToday = await db().oneTimeToken.count({
    where: {
      purpose: "COMPANY_INVITE",
      createdAt: { gt: new Date(Date.now() - 24 * 3_600_000) },
      data: { path: ["companyId"], equals: input.companyId },
    },
  });
  const refusal = invitationRefusal(company, sentToday);
  if (refusal) return { ok: false, errors: { form: refusal } };
  await db().$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, {
      purpose: "COMPANY_INVITE",
      email: input.email,
      data: { companyId: input.companyId, invitedBy: input.inviter.id },
    });
    await queueMail(tx, {
      template: "company-invite",
      to: input.email,
      language: input.language,
      data: {
        companyName: company.name,
        inviterName: input.inviter.displayName,
        url: accountLink(input.language, "invite", token),
      },
    });
  });
  return { ok: true };
}

export type LinkProblem = "unknown" | "used" | "expired" | "taken";
export type InviteCheck = { status: "valid"; email: string; companyName: string } | { status: LinkProblem };

/** Looks an invitation up without using it, to show its form. */
export async function checkInvite(token: string): Promise<InviteCheck> {
  const check = await checkOneTimeToken("COMPANY_INVITE", token);
  if (check.status !== "valid") return { status: check.status };
  const data = inviteData.safeParse(check.data);
  const company = data.success
    ? await db().company.findUnique({ where: { id: data.data.companyId }, select: { name: true } })
    : null;
  if (!company) return { status: "unknown" };
  // Someone signed up with the address after the invitation was sent.
  if ((await db().user.count({ where: { email: check.email } })) > 0) return { status: "taken" };
  return { status: "valid", email: check.email, companyName: company.name };
}

export type JoinResult =
  { ok: true; userId: string } | { ok: false; errors: FieldErrors } | { ok: false; status: LinkProblem };

/**
 * Accepts an invitation: a confirmed company account (the link came to the address, which proves
 * it), its membership and its privacy consent, together with using up the link.
 */
export async function acceptInvite(input: Join, language: Language, now = new Date()): Promise<JoinResult> {
  const invite = await checkOneTimeToken("COMPANY_INVITE", input.token, now);
  if (invite.status !== "valid") return { ok: false, status: invite.status };
  if (input.password.trim().toLowerCase() === invite.email) {
    return { ok: false, errors: { password: "auth:errors.passwordIsEmail" } };
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().$transaction(async (tx): Promise<JoinResult> => {
      const check = await consumeOneTimeToken(tx, "COMPANY_INVITE", input.token, now);
      if (check.status !== "valid") return { ok: false, status: check.status };
      const data = inviteData.safeParse(check.data);
      if (!data.success || (await tx.company.count({ where: { id: data.data.companyId } })) === 0) {
        return { ok: false, status: "unknown" };
      }
      const user = await tx.user.create({
        data: {
          email: check.email,
          passwordHash,
          role: "COMPANY_MEMBER",
          displayName: input.name,
          locale: language,
          emailVerifiedAt: now,
        },
      });
      await tx.companyMember.create({ data: { companyId: data.data.companyId, userId: user.id, isOwner: false } });
      await recordPrivacyConsent(tx, user.id, language);
      return { ok: true, userId: user.id };
    });
  } catch (error) {
    // The address got an account in the meantime; the rollback leaves the link unused.
    if (isUniqueViolation(error)) {
      return { ok: false, status: "taken" };
    }
    throw error;
  }
}
