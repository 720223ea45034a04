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
      members: {
        select: { isOwner: true, joinedAt: true, user: { select: { id: true, displayName: true, email: true } } },
        orderBy: [{ isOwner: "desc" }, { joinedAt: "asc" }],
      },
    },
  });
}

/** Invitations to the company that nobody has used yet and that still work. */
export async function pendingInvitations(companyId: string, now = new Date()) {
  return db().oneTimeToken.findMany({
    where: {
      purpose: "COMPANY_INVITE",
      usedAt: null,
      expiresAt: { gt: now },
      data: { path: ["companyId"], equals: companyId },
    },
    select: { email: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
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
  const memberships = await tx.companyMember.findMany({ where: { userId: user.id }, include: { company: true } });
  for (const membership of memberships) {
    const { companyId } = membership;
    await tx.companyMember.delete({ where: { companyId_userId: { companyId, userId: user.id } } });
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
  return memberships.map((membership) => membership.companyId);
}
