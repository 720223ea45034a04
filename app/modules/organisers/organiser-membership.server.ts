import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { lastOwnerRefusal, type OrganiserMembership } from "./organiser-policy";

const uuid = z.guid();

/**
 * The user's membership in an organiser, or null. Without an organiser id: their first one (an
 * organiser account normally has exactly one). Ids that are not UUIDs are simply not found.
 */
export async function organiserMembershipOf(
  userId: string,
  organiserId?: string | null,
): Promise<OrganiserMembership | null> {
  if (organiserId !== undefined && organiserId !== null && !uuid.safeParse(organiserId).success) return null;
  return db().organiserMember.findFirst({
    where: { userId, ...(organiserId ? { organiserId } : {}) },
    select: { organiserId: true, userId: true, isOwner: true },
    orderBy: { joinedAt: "asc" },
  });
}

export async function organiserTeam(organiserId: string) {
  return db().organiser.findUniqueOrThrow({
    where: { id: organiserId },
    select: {
      id: true,
      name: true,
      kind: true,
      town: true,
      country: true,
      website: true,
      verified: true,
      reviewedAt: true,
      rejectionReason: true,
      members: {
        select: { isOwner: true, joinedAt: true, user: { select: { id: true, displayName: true, email: true } } },
        orderBy: [{ isOwner: "desc" }, { joinedAt: "asc" }],
      },
    },
  });
}

export type RemovalResult = { ok: true; name: string } | { ok: false; error: string };

/**
 * Takes a member off the team: the owner removing them, or the member leaving. The caller has
 * checked canRemoveOrganiserMember. Removals from one organiser wait for each other (a lock on
 * its row), so two owners cannot take each other off at the same moment and leave none. Every
 * organiser page checks the membership on each request, so access ends at once.
 */
export async function removeOrganiserMember(organiserId: string, memberId: string): Promise<RemovalResult> {
  return db().$transaction(async (tx): Promise<RemovalResult> => {
    await tx.$queryRaw`SELECT id FROM organiser WHERE id = ${organiserId}::uuid FOR UPDATE`;
    const members = await tx.organiserMember.findMany({
      where: { organiserId },
      select: { userId: true, isOwner: true, user: { select: { displayName: true } } },
    });
    const target = members.find((member) => member.userId === memberId);
    if (!target) return { ok: false, error: "account:members.errors.noSuchMember" };
    const refusal = lastOwnerRefusal(target, members.filter((member) => member.isOwner).length);
    if (refusal) return { ok: false, error: refusal };
    await tx.organiserMember.delete({ where: { organiserId_userId: { organiserId, userId: memberId } } });
    return { ok: true, name: target.user.displayName };
  });
}

/**
 * A deleted account leaves every organiser it belonged to: the membership goes, ownership passes
 * to the longest-serving member when the owner left, and a contact address that was the person's
 * own moves to that successor or is emptied (staff then see an organiser without a contact). The
 * organiser and its events stay: they belong to the organisation, not to the person.
 */
export async function leaveAllOrganisers(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string },
): Promise<string[]> {
  const memberships = await tx.organiserMember.findMany({
    where: { userId: user.id },
    include: { organiser: { select: { contactEmail: true } } },
  });
  for (const membership of memberships) {
    const { organiserId } = membership;
    // Two owners leaving at once must not each hand the organiser to the other.
    await tx.$queryRaw`SELECT id FROM organiser WHERE id = ${organiserId}::uuid FOR UPDATE`;
    await tx.organiserMember.delete({ where: { organiserId_userId: { organiserId, userId: user.id } } });
    const successor = await tx.organiserMember.findFirst({
      where: { organiserId },
      include: { user: { select: { email: true, locale: true } } },
      orderBy: [{ isOwner: "desc" }, { joinedAt: "asc" }],
    });
    if (membership.isOwner && successor && !successor.isOwner) {
      await tx.organiserMember.update({
        where: { organiserId_userId: { organiserId, userId: successor.userId } },
        data: { isOwner: true },
      });
    }
    if (membership.organiser.contactEmail?.toLowerCase() === user.email.toLowerCase()) {
      await tx.organiser.update({
        where: { id: organiserId },
        data: successor
          ? { contactEmail: successor.user.email, contactLanguage: successor.user.locale }
          : { contactEmail: null, contactLanguage: null },
      });
    }
  }
  return memberships.map((membership) => membership.organiserId);
}
