/**
 * The gate of every organiser page: the signed-in organiser member, their membership and, for
 * an event page, the event, checked with organiser-policy. Anything not theirs is a 404, so an
 * id tells an outsider nothing.
 */
import { redirect } from "@remix-run/node";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import { requireUser } from "~/modules/accounts/current-user.server";
import type { Language } from "~/modules/i18n/languages";
import { db } from "~/utils/db.server";
import { isUuid } from "~/utils/ids";
import { notFound } from "~/utils/not-found";
import { organiserMembershipOf } from "./organiser-membership.server";
import { canManageEvent, canViewOrganiser, type OrganiserMembership } from "./organiser-policy";

export interface OrganiserAccess {
  user: SessionUser;
  membership: OrganiserMembership;
}

export async function requireOrganiserMember(request: Request, language: Language): Promise<OrganiserAccess> {
  const user = await requireUser(request, language, ["ORGANISER_MEMBER"]);
  const membership = await organiserMembershipOf(user.id);
  // Someone who left their organiser (or was removed) keeps the account: it is their page now,
  // until an invitation brings them into a team again.
  if (!membership) throw redirect(`/${language}/account`);
  if (!canViewOrganiser(user, membership, membership.organiserId)) throw notFound();
  return { user, membership };
}

/** The organiser member and one event of their own organiser; any other id answers 404. */
export async function requireOrganiserEvent(request: Request, language: Language, eventId: string | undefined) {
  const access = await requireOrganiserMember(request, language);
  const event = isUuid(eventId)
    ? await db().event.findUnique({ where: { id: eventId }, include: { revision: true, exceptions: true } })
    : null;
  if (!event || !canManageEvent(access.user, access.membership, event)) throw notFound();
  return { ...access, event };
}
