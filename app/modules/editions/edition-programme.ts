/**
 * The programme of an edition as its page shows it: sessions grouped by town (towns in
 * alphabetical order, online sessions last) or by day, each group in time order; and the two
 * filters of the page, "for school classes" and "in French", read from the URL. Pure.
 */

export interface ProgrammeFilters {
  /** Sessions for pupils and apprentices only. */
  schools: boolean;
  /** Sessions held in French or in both languages. */
  french: boolean;
  group: "town" | "time";
}

export function readProgrammeFilters(params: URLSearchParams): ProgrammeFilters {
  return {
    schools: params.get("schools") === "1",
    french: params.get("french") === "1",
    group: params.get("group") === "time" ? "time" : "town",
  };
}

export function programmeQuery(filters: ProgrammeFilters): string {
  const params = new URLSearchParams();
  if (filters.schools) params.set("schools", "1");
  if (filters.french) params.set("french", "1");
  if (filters.group === "time") params.set("group", "time");
  const text = params.toString();
  return text ? `?${text}` : "";
}

export interface SessionLike {
  audience: string;
  spokenLanguage: string;
  startsAt: string;
  /** Null for an online session. */
  town: string | null;
  /** The calendar day (`YYYY-MM-DD`) in the session's zone. */
  day: string;
}

export function matchesFilters(session: Pick<SessionLike, "audience" | "spokenLanguage">, filters: ProgrammeFilters) {
  if (filters.schools && session.audience !== "PUPILS") return false;
  if (filters.french && session.spokenLanguage === "DE") return false;
  return true;
}

function byStart<S extends SessionLike>(a: S, b: S): number {
  return a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0;
}

/** Sessions by town, towns sorted in the reader's language; online-only sessions in a last group (key null). */
export function groupByTown<S extends SessionLike>(sessions: readonly S[], locale: string) {
  const groups = new Map<string | null, S[]>();
  for (const session of sessions) groups.set(session.town, [...(groups.get(session.town) ?? []), session]);
  const collator = new Intl.Collator(locale);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : collator.compare(a, b)))
    .map(([town, items]) => ({ key: town, sessions: [...items].sort(byStart) }));
}

/** Sessions by day, days in order. */
export function groupByDay<S extends SessionLike>(sessions: readonly S[]) {
  const groups = new Map<string, S[]>();
  for (const session of [...sessions].sort(byStart))
    groups.set(session.day, [...(groups.get(session.day) ?? []), session]);
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([day, items]) => ({ key: day, sessions: items }));
}
