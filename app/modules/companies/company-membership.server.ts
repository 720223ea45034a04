import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { PolicyMembership } from "./company-policy";

/** Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type accepts (z.uuid() would also demand RFC version bits). */
const uuid = z.guid();

/**
 * The user's membership in a company, or null. Without a company id: their first company (a
 * company account normally has exactly one). Ids that are not UUIDs are simply not found.
 */
export async function membershipOf(userId: string, companyId?: string | null): Promise<PolicyMembership | null> {
  if (companyId !== undefined && companyId !== null && !uuid.safeParse(companyId).success) return null;
  return db().companyMember.findFirst({
    where: { userId, ...(companyId ? { companyId } : {}) },
    select: { companyId: true, userId: true, isOwner: true },
    orderBy: { joinedAt: "asc" },
  });
}

export async function companyTeam(companyId: string) {
  return db().company.findUniqueOrThrow({
    where: { id: companyId },
    select: {
      id: true,
      name: true,
      status: true,
      members: {
        select: { isOwner: true, joinedAt: true, user: { select: { id: true, displayName: true, email: true } } },
        orderBy: [{ isOwner: "desc" }, { joinedAt: "asc" }],
      },
    },
  });
}

/**
 * What account deletion does to companies. The company itself stays, even when the person was
 * its only owner: it is the employer's record (offers, and later applications of students, refer
 * to it) and not the person's own data. Only the membership goes. So that a team is not left
 * without anyone able to invite, the longest-serving remaining member becomes owner; a company
 * left with nobody waits for the Antenne office. Contact details that were the person's own
 * move to that successor or are emptied. Returns the ids of the companies left.
 */
export async function leaveAllCompanies(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
): Promise<string[]> {
  const memberships = await tx.companyMember.findMany({ where: { userId: user.id }, select: { companyId: true } });
  for (const { companyId } of memberships) await leaveCompany(tx, companyId, user);
  return memberships.map((membership) => membership.companyId);
}

/**
 * One person leaves one company (account deletion, or the owner removing them): the membership
 * goes, ownership passes to the longest-serving member when the owner left, and contact details
 * that were the person's own move to that successor or are emptied. Every company page checks
 * the membership on each request, so the person loses access to offers and applicants at once.
 */
async function leaveCompany(
  tx: Prisma.TransactionClient,
  companyId: string,
  user: { id: string; email: string },
): Promise<void> {
  const membership = await tx.companyMember.delete({
    where: { companyId_userId: { companyId, userId: user.id } },
    include: { company: { select: { contactEmail: true } } },
  });
  const others = await tx.companyMember.findMany({
    where: { companyId },
    include: { user: { select: { displayName: true, email: true } } },
    orderBy: [{ isOwner: "desc" }, { joinedAt: "asc" }],
  });
  const successor = others[0];
  if (membership.isOwner && successor && !successor.isOwner) {
    await tx.companyMember.update({
      where: { companyId_userId: { companyId, userId: successor.userId } },
      data: { isOwner: true },
    });
  }
  if (membership.company.contactEmail.toLowerCase() === user.email.toLowerCase()) {
    await tx.company.update({
      where: { id: companyId },
      data: successor
        ? { contactName: successor.user.displayName, contactEmail: successor.user.email }
        : { contactName: "—", contactEmail: "" },
    });
  }
}

export type RemovalResult = { ok: true; name: string } | { ok: false; error: string };

/**
 * The owner takes a colleague off the team. The caller has checked canManageMembers. An owner
 * cannot be removed this way (they hand the company over through the Antenne office), so a team
 * is never left without someone who answers for it.
 */
export async function removeMember(companyId: string, memberId: string): Promise<RemovalResult> {
  if (!uuid.safeParse(memberId).success) return { ok: false, error: "account:members.errors.noSuchMember" };
  return db().$transaction(async (tx): Promise<RemovalResult> => {
    const member = await tx.companyMember.findUnique({
      where: { companyId_userId: { companyId, userId: memberId } },
      include: { user: { select: { displayName: true, email: true } } },
    });
    if (!member) return { ok: false, error: "account:members.errors.noSuchMember" };
    if (member.isOwner) return { ok: false, error: "account:members.errors.ownerStays" };
    await leaveCompany(tx, companyId, { id: memberId, email: member.user.email });
    return { ok: true, name: member.user.displayName };
  });
}
