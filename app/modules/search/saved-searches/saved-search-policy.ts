/**
 * Who may keep saved searches, how many, and what "stopped" means. Pure; the module
 * (saved-searches.server.ts) and the pages ask here instead of deciding for themselves.
 */
export interface SavedSearchUser {
  id: string;
  role: "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER";
}

/** A daily mail per search is plenty; more would be noise, and each one costs a search a day. */
export const MAX_SAVED_SEARCHES = 10;

/** Longer than any query string the search form can produce; anything longer is not ours. */
export const MAX_QUERY_LENGTH = 2000;

/** Saved searches are for students looking for a placement; other roles have no use for alerts. */
export function canSaveSearches(user: Pick<SavedSearchUser, "role"> | null): boolean {
  return user?.role === "STUDENT";
}

/**
 * A student below the age of digital consent whose guardian has not agreed yet keeps only what
 * sign-up stored (README, "Minors"): no saved searches and no alert mails until the guardian agrees.
 */
export function mayKeepSavedSearches(user: Pick<SavedSearchUser, "role"> | null, waitsForGuardian: boolean): boolean {
  return canSaveSearches(user) && !waitsForGuardian;
}

/**
 * A stopped alert keeps its row (and token, so "resume" can undo a click by mistake or by a mail
 * scanner) and has its last check moved to this far-future instant: "offers published after it"
 * is then always empty, and the daily run skips it. The schema has no separate column for this.
 */
export const STOPPED_AT = new Date("9999-12-31T00:00:00.000Z");

export function isStopped(search: { lastCheckedAt: Date }): boolean {
  return search.lastCheckedAt.getTime() >= STOPPED_AT.getTime();
}
