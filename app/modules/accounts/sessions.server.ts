import { createHash, randomBytes } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { db } from "~/utils/db.server";
import { sessionSecret } from "~/utils/secrets.server";

const SESSION_DAYS = 30;
/** A session used again after this long gets its expiry pushed back. */
const REFRESH_AFTER_MS = 24 * 3_600_000;

function sessionCookie() {
  return createCookie("__session", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.APP_ENV === "production",
    secrets: [sessionSecret()],
    maxAge: SESSION_DAYS * 24 * 3600,
  });
}

/** Only a hash of the cookie's token is stored, so the sessions table cannot be replayed. */
function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A new session with a new id at every log-in (no fixation); returns the Set-Cookie value. */
export async function startSession(userId: string, userAgent: string | null): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().session.create({
    data: {
      id: sessionId(token),
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 3_600_000),
    },
  });
  return sessionCookie().serialize(token);
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: "STUDENT" | "COMPANY_MEMBER" | "COORDINATOR" | "STAFF";
  locale: string;
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
        },
      },
    },
  });
  if (!session) return null;
  const now = Date.now();
  const { deletedAt, emailVerifiedAt, suspendedAt } = session.user;
  if (session.expiresAt.getTime() <= now || deletedAt || !emailVerifiedAt || suspendedAt) {
    await db().session.deleteMany({ where: { id } });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > REFRESH_AFTER_MS) {
    await db().session.update({
      where: { id },
      data: { lastSeenAt: new Date(now), expiresAt: new Date(now + SESSION_DAYS * 24 * 3_600_000) },
    });
  }
  const { id: userId, email, displayName, role, locale } = session.user;
  return { sessionId: id, user: { id: userId, email, displayName, role, locale } };
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
