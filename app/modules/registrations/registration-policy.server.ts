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
import { keyMatches, type LinkPurpose } from "./registration-links";

/**
 * May this person manage this event's registrations? Today: staff, for every event. The organiser
 * members (issue 17) will pass here for their own organisation's events only.
 */
export async function mayManageEvent(
  user: Pick<SessionUser, "id" | "role"> | null,
  _eventId: string,
): Promise<boolean> {
  return user?.role === "STAFF";
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
