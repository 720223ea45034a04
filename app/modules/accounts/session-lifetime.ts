/**
 * How long a session lasts (issue 15, point 3; ASVS 3.3). Two limits: an idle timeout (no request
 * for that long ends it) and an absolute lifetime from log-in (activity never stretches a
 * session past it). Staff see everyone's personal data, so theirs are short: a working day at
 * most, an hour without a click. Everyone else stays signed in on their own device for a
 * fortnight of inactivity, a month at most. Pure, so the rules are tested without a database.
 */
export type SessionRole = "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export const SESSION_LIMITS: Record<SessionRole, SessionLimits> = {
  STUDENT: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
  COMPANY_MEMBER: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
  ORGANISER_MEMBER: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
  COORDINATOR: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
  STAFF: { idleMs: 1 * HOUR, absoluteMs: 12 * HOUR },
};

/** The longest any session can last: the cookie's own lifetime. */
export const LONGEST_SESSION_MS = Math.max(...Object.values(SESSION_LIMITS).map((limits) => limits.absoluteMs));

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

/** When a session ends if nobody uses it again: the earlier of the two limits. */
export function sessionEnd(role: SessionRole, session: SessionTimes): Date {
  const { idleMs, absoluteMs } = SESSION_LIMITS[role];
  return new Date(Math.min(session.createdAt.getTime() + absoluteMs, session.lastSeenAt.getTime() + idleMs));
}

export function sessionHasEnded(role: SessionRole, session: SessionTimes, now: Date): boolean {
  return sessionEnd(role, session).getTime() <= now.getTime();
}

/**
 * Whether a request should write its time back. Not on every request (that would be a write per
 * page view), but often enough that the idle timeout is off by at most a twelfth of itself.
 */
export function shouldRecordActivity(role: SessionRole, lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_LIMITS[role].idleMs / 12;
}
