/**
 * Who may do what with an organiser and its events: the one place that decides, called by every
 * loader and action of the organiser pages (and by any later module that lets organisers manage
 * something of an event, such as registrations). Pure, so every rule is tested without a
 * database; the caller looks up the signed-in user's membership (null when none) and the event.
 */
import type { PolicyUser } from "~/modules/companies/company-policy";

export type { PolicyUser };

export interface OrganiserMembership {
  organiserId: string;
  userId: string;
  isOwner: boolean;
}

/** The ids are compared again here, so a membership looked up for the wrong person can never open the door. */
export function canViewOrganiser(
  user: PolicyUser,
  membership: OrganiserMembership | null,
  organiserId: string,
): boolean {
  return (
    user.role === "ORGANISER_MEMBER" &&
    membership !== null &&
    membership.userId === user.id &&
    membership.organiserId === organiserId
  );
}

/** Inviting and removing colleagues is the owner's, as for companies. */
export function canManageOrganiserMembers(
  user: PolicyUser,
  membership: OrganiserMembership | null,
  organiserId: string,
): boolean {
  return canViewOrganiser(user, membership, organiserId) && membership?.isOwner === true;
}

/**
 * Taking someone off the team: the owner removes anyone, and every member may leave. Whether an
 * owner may go at all is lastOwnerRefusal's.
 */
export function canRemoveOrganiserMember(
  user: PolicyUser,
  membership: OrganiserMembership | null,
  target: OrganiserMembership,
): boolean {
  if (!canViewOrganiser(user, membership, target.organiserId)) return false;
  return membership?.isOwner === true || target.userId === user.id;
}

/**
 * Why a member cannot go, as a locale key, or null: an owner goes only while another owner
 * stays, so that someone always answers for the organisation and can invite.
 */
export function lastOwnerRefusal(target: { isOwner: boolean }, owners: number): string | null {
  return target.isOwner && owners <= 1 ? "organisers:members.errors.lastOwner" : null;
}

/**
 * "This organiser may manage this event": see its drafts, edit it, later see its registrations.
 * Only members of the event's own organiser; staff go through their own pages.
 */
export function canManageEvent(
  user: PolicyUser,
  membership: OrganiserMembership | null,
  event: { organiserId: string },
): boolean {
  return canViewOrganiser(user, membership, event.organiserId);
}

/**
 * Why an organiser may not send events to review yet, as a locale key, or null. Drafts are
 * allowed before verification (the team can prepare), submitting is not.
 */
export function submissionRefusal(organiser: { verified: boolean; rejectionReason?: string | null }): string | null {
  if (!organiser.verified) return "organisers:errors.notVerified";
  return null;
}
