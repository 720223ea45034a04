import { createHash, randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secrets.server";
import { LONGEST_SESSION_MS, sessionEnd, sessionHasEnded, shouldRecordActivity } from "./session-lifetime";

function sessionCookie() {
  return createCookie("__session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.APP_ENV === "production",
    secrets: [sessionSecret()],
    // The browser may keep it as long as any session can last; the server ends it sooner
    // (session-lifetime.ts: idle timeout and absolute lifetime, shorter for staff).
    maxAge: LONGEST_SESSION_MS / 1000,
  });
}

/** Only a hash of the cookie's token is stored, so the sessions table cannot be replayed. */
function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new session with a new id at every log-in (no fixation); returns the Set-Cookie value. */
export async function startSession(userId: string, userAgent: string | null): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const { role } = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } });
  const now = new Date();
  await db().session.create({
    data: {
      id: sessionId(token),
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionEnd(role, { createdAt: now, lastSeenAt: now }),
    },
  });
  return sessionCookie().serialize(token);
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF" | "ORGANISER_MEMBER";
  locale: string;
  /** Whether the account has a second factor (TOTP) set up. */
  twoFactor?: boolean;
}

/** The signed-in user of a request, or null; expired sessions are removed on the way. */
export async function readSession(request: Request): Promise<{ sessionId: string; user: SessionUser } | null> {
  const token: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  if (typeof token !== "string" || token.length === 0) return null;
  const id = sessionId(token);
  const session = await db().session.findUnique({
    where: { id },
    include: {
      user: {
        select: {
          id: true,
          email: true,
          displayName: true,
          role: true,
          locale: true,
          deletedAt: true,
          emailVerifiedAt: true,
          suspendedAt: true,
          totpEnabledAt: true,
        },
      },
    },
  });
  if (!session) return null;
  const now = new Date();
  const { deletedAt, emailVerifiedAt, suspendedAt, role } = session.user;
  const ended = session.expiresAt <= now || sessionHasEnded(role, session, now);
  if (ended || deletedAt || !emailVerifiedAt || suspendedAt) {
    await db().session.deleteMany({ where: { id } });
    return null;
  }
  if (shouldRecordActivity(role, session.lastSeenAt, now)) {
    await db().session.update({
      where: { id },
      data: { lastSeenAt: now, expiresAt: sessionEnd(role, { createdAt: session.createdAt, lastSeenAt: now }) },
    });
  }
  const { id: userId, email, displayName, locale } = session.user;
  const twoFactor = session.user.totpEnabledAt !== null;
  return { sessionId: id, user: { id: userId, email, displayName, role, locale, twoFactor } };
}

/** Ends this browser's session; returns the Set-Cookie value that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const current = await readSession(request);
  if (current) await db().session.deleteMany({ where: { id: current.sessionId } });
  return sessionCookie().serialize("", { maxAge: 0 });
}

/** "Log out on all devices", and what a password change does. */
export async function endAllSessions(userId: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId } });
  return count;
}

export interface ActiveSession {
  id: string;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  isCurrent: boolean;
}

/** The person's signed-in browsers, most recently used first (ended ones are left out). */
export async function activeSessions(userId: string, currentSessionId: string): Promise<ActiveSession[]> {
  const sessions = await db().session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
  return sessions.map((session) => ({ ...session, isCurrent: session.id === currentSessionId }));
}

/** Ends one of the person's own sessions (another browser, a lost phone); false when none matched. */
export async function endOwnSession(userId: string, id: string): Promise<boolean> {
  const { count } = await db().session.deleteMany({ where: { id, userId } });
  return count === 1;
}
