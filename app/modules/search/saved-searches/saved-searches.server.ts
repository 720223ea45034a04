import { randomBytes } from "node:crypto";
import { todayInEurope } from "~/utils/calendar-days";
import type { Language } from "~/modules/i18n/languages";
import { localizedName } from "~/modules/i18n/localized-name";
import { waitsForGuardian } from "~/modules/students/student-profile.server";
import { db } from "~/utils/db.server";
import {
  canSaveSearches,
  isStopped,
  MAX_QUERY_LENGTH,
  MAX_SAVED_SEARCHES,
  mayKeepSavedSearches,
  STOPPED_AT,
} from "./saved-search-policy";
import { normaliseSavedQuery, type SummaryNames } from "./saved-search-query";
import { isUuid } from "~/utils/ids";

/**
 * A student's saved searches: save, list, delete, and stop or resume the daily mail with the
 * token from that mail. The daily run itself is in saved-search-alerts.server.ts.
 */
export interface SavedSearchView {
  id: string;
  query: string;
  language: Language;
  createdAt: Date;
  /** The mail is stopped (from its link); the search stays saved until deleted. */
  stopped: boolean;
}

/** What the guardian rule needs to know of a student's profile. */
export const GUARDIAN_FACTS = { birthDate: true, country: true, guardianConsentAt: true } as const;

export type SaveResult =
  | { ok: true; search: SavedSearchView; created: boolean }
  | {
      ok: false;
      error:
        | "savedSearches:errors.notStudent"
        | "savedSearches:errors.guardianMissing"
        | "savedSearches:errors.limit"
        | "savedSearches:errors.invalid";
    };

/** 32 characters that are safe in a URL; 192 random bits nobody guesses. */
function newUnsubscribeToken(): string {
  return randomBytes(24).toString("base64url");
}

function view(row: { id: string; query: string; language: string; createdAt: Date; lastCheckedAt: Date }) {
  return {
    id: row.id,
    query: row.query,
    language: row.language as Language,
    createdAt: row.createdAt,
    stopped: isStopped(row),
  } satisfies SavedSearchView;
}

/**
 * Saves a search for a student. The same search saved again is not a second row: it is the one
 * already there, with its mail started again if it was stopped. Alerts count offers published
 * from now on, so the first mail does not repeat what the student has just seen.
 */
export async function saveSearch(userId: string, query: string, language: Language, now = new Date()) {
  const normalised = normaliseSavedQuery(query);
  if (normalised.length > MAX_QUERY_LENGTH) return { ok: false, error: "savedSearches:errors.invalid" } as const;
  return db().$transaction(async (tx): Promise<SaveResult> => {
    // The lock on the user's row serialises two saves of the same student: no duplicate, no 11th.
    const [user] = await tx.$queryRaw<
      { role: "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER" }[]
    >`
      SELECT role::text AS role FROM app_user WHERE id = ${userId}::uuid AND deleted_at IS NULL FOR UPDATE`;
    if (!canSaveSearches(user ?? null)) return { ok: false, error: "savedSearches:errors.notStudent" };
    const profile = await tx.studentProfile.findUnique({ where: { userId }, select: GUARDIAN_FACTS });
    const waiting = profile !== null && waitsForGuardian(profile, todayInEurope(now));
    if (!mayKeepSavedSearches(user ?? null, waiting))
      return { ok: false, error: "savedSearches:errors.guardianMissing" };
    const existing = await tx.savedSearch.findFirst({ where: { userId, query: normalised } });
    if (existing) {
      const resumed = isStopped(existing)
        ? await tx.savedSearch.update({ where: { id: existing.id }, data: { lastCheckedAt: now, language } })
        : existing;
      return { ok: true, search: view(resumed), created: false };
    }
    if ((await tx.savedSearch.count({ where: { userId } })) >= MAX_SAVED_SEARCHES) {
      return { ok: false, error: "savedSearches:errors.limit" };
    }
    const created = await tx.savedSearch.create({
      data: {
        userId,
        query: normalised,
        language,
        unsubscribeToken: newUnsubscribeToken(),
        createdAt: now,
        lastCheckedAt: now,
      },
    });
    return { ok: true, search: view(created), created: true };
  });
}

/** The student's saved searches, newest first. */
export async function listSavedSearches(userId: string): Promise<SavedSearchView[]> {
  const rows = await db().savedSearch.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map(view);
}

/** Deletes one of the user's own saved searches; false when there is none by that id (or not theirs). */
export async function deleteSavedSearch(userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const { count } = await db().savedSearch.deleteMany({ where: { id, userId } });
  return count === 1;
}

/** Starts the mail of one of the user's own stopped searches again; false when there is none by that id. */
export async function resumeSavedSearch(userId: string, id: string, now = new Date()): Promise<boolean> {
  if (!isUuid(id)) return false;
  const search = await db().savedSearch.findFirst({ where: { id, userId } });
  if (!search) return false;
  if (isStopped(search)) await db().savedSearch.update({ where: { id }, data: { lastCheckedAt: now } });
  return true;
}

export interface TokenResult {
  query: string;
  language: Language;
}

/** The search of a mail's token, as it is now, without changing it. */
export async function findByToken(token: string): Promise<(TokenResult & { stopped: boolean }) | null> {
  if (!isToken(token)) return null;
  const search = await db().savedSearch.findUnique({ where: { unsubscribeToken: token } });
  return search ? { query: search.query, language: search.language as Language, stopped: isStopped(search) } : null;
}

/**
 * Stops the mail of the search whose mail carried this token. Repeating it changes nothing (a
 * mail scanner may follow the link before the student does). Null when no search has the token.
 */
export async function stopByToken(token: string): Promise<TokenResult | null> {
  if (!isToken(token)) return null;
  const search = await db().savedSearch.findUnique({ where: { unsubscribeToken: token } });
  if (!search) return null;
  if (!isStopped(search)) {
    await db().savedSearch.update({ where: { id: search.id }, data: { lastCheckedAt: STOPPED_AT } });
  }
  return { query: search.query, language: search.language as Language };
}

/**
 * Starts the mail again after a stop by mistake. Offers published while it was stopped are not
 * sent afterwards: the next mail has what is new from now on.
 */
export async function resumeByToken(token: string, now = new Date()): Promise<TokenResult | null> {
  if (!isToken(token)) return null;
  const search = await db().savedSearch.findUnique({ where: { unsubscribeToken: token } });
  if (!search) return null;
  if (isStopped(search)) {
    await db().savedSearch.update({ where: { id: search.id }, data: { lastCheckedAt: now } });
  }
  return { query: search.query, language: search.language as Language };
}

export interface ReferenceNames {
  in(language: Language): SummaryNames;
}

/** Places and fields are a few dozen rows: read once per run instead of once per mail. */
export async function referenceNames(): Promise<ReferenceNames> {
  const [places, fields] = await Promise.all([db().place.findMany(), db().occupationalField.findMany()]);
  const placeByKey = new Map(places.map((place) => [place.key, place]));
  const fieldByKey = new Map(fields.map((field) => [field.key, field]));
  return {
    in(language) {
      const name = (row: Parameters<typeof localizedName>[0] | undefined, key: string) =>
        row ? localizedName(row, language) : key;
      return {
        place: (key) => name(placeByKey.get(key), key),
        field: (key) => name(fieldByKey.get(key), key),
      };
    },
  };
}

/** The link in the mail; also the address of the RFC 8058 one-click POST. */
export function stopPath(language: Language, token: string): string {
  return `/${language}/saved-searches/stop?token=${encodeURIComponent(token)}`;
}

/** Tokens are base64url; anything else is not worth a database lookup. */
function isToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{16,64}$/.test(value);
}
