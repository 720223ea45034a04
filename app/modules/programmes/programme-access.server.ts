/**
 * Who may do what with programmes, in one place. Reading programmes and the checker is public and
 * stores nothing; changing programmes is staff's. The programmes of a placement are shown on an
 * application page, to whoever the applications module lets read that application (the student,
 * their school's confirmed coordinator, staff): that page's loader checks before it asks here.
 */
import type { SessionUser } from "~/modules/accounts/sessions.server";
import type { Language } from "~/modules/i18n/languages";
import { requireStaff } from "~/modules/staff/staff-access.server";

export function requireProgrammeEditor(request: Request, language: Language): Promise<SessionUser> {
  return requireStaff(request, language);
}
