/**
 * The one authorization module of registrations. Every loader and action that shows or changes
 * an event's registrations (attendee list, CSV, check-in, seats, messages) calls
 * requireRegistrationManager, which asks mayManageEvent. A registrant reaches their own
 * registration with its signed link or as the account that made it (mayActOnRegistration).
 */
import { redirect } from "@remix-run/node";
import { getCurrentUser } from "~/modules/accounts/current-user.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import type { Language } from "~/modules/i18n/languages";
import { sessionSecret } from "~/utils/secrets.server";
import { notFound } from "~/utils/not-found";
import { db } from "~/utils/db.server";
import { isUuid } from "~/utils/ids";
import { organiserMembershipOf } from "~/modules/organisers/organiser-membership.server";
import { canManageEvent } from "~/modules/organisers/organiser-policy";
import { keyMatches, type LinkPurpose } from "./registration-links";

/**
 * May this person manage this event's registrations (attendee list, check-in at the door)? Staff,
 * for every event; an organiser's members for their own organisation's events only, as the
 * organisers' policy decides.
 */
export async function mayManageEvent(user: Pick<SessionUser, "id" | "role"> | null, eventId: string): Promise<boolean> {
  if (user?.role === "STAFF") return true;
  if (user?.role !== "ORGANISER_MEMBER" || !isUuid(eventId)) return false;
  const [membership, event] = await Promise.all([
    organiserMembershipOf(user.id),
    db().event.findUnique({ where: { id: eventId }, select: { organiserId: true } }),
  ]);
  return event !== null && canManageEvent(user, membership, event);
}

/**
 * The signed-in manager of this event's registrations. A visitor is sent to log in and back; a
 * person who may not manage it gets the same 404 as for an event that does not exist.
 */
export async function requireRegistrationManager(
  request: Request,
  language: Language,
  eventId: string,
): Promise<SessionUser> {
  const user = await getCurrentUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/${language}/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (!(await mayManageEvent(user, eventId))) throw notFound();
  return user;
}

/** A registrant's own registration: the account that made it, or whoever holds its signed link. */
export function mayActOnRegistration(
  registration: { id: string; userId: string | null },
  user: Pick<SessionUser, "id"> | null,
  key: string | null,
  purpose: LinkPurpose = "manage",
): boolean {
  if (user && registration.userId === user.id) return true;
  return keyMatches(registration.id, purpose, key, sessionSecret());
}
