import type { SessionUser } from "~/modules/accounts/sessions.server";
import type { Language } from "~/modules/i18n/languages";
import { requireStaff } from "~/modules/staff/staff-access.server";

/**
 * The one gate for changing events, series, categories and organisers: every staff events loader
 * and action calls it first. Today only staff pass; the organiser member role (a later step of
 * issue 17) will be decided here too, limited to its own organisation's events.
 */
export function requireEventEditor(request: Request, language: Language): Promise<SessionUser> {
  return requireStaff(request, language);
}
