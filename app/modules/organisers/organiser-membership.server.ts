import { z } from "zod";
import { db } from "~/utils/db.server";
import type { OrganiserMembership } from "./organiser-policy";

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
