import { requireUser } from "~/modules/accounts/current-user.server";
import type { SessionUser } from "~/modules/accounts/sessions.server";
import type { Language } from "~/modules/i18n/languages";

const STAFF_ONLY = ["STAFF"] as const;

/**
 * The one gate of the staff area: every staff loader and action calls it before touching data.
 * A visitor is sent to log in (and back afterwards); any other role gets a 403 page.
 */
export function requireStaff(request: Request, language: Language): Promise<SessionUser> {
  return requireUser(request, language, STAFF_ONLY);
}
