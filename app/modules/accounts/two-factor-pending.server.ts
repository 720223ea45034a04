/**
 * Between the password and the second factor: a signed, short-lived cookie naming the account
 * whose password was right. It grants nothing by itself; the code page turns it into a session.
 */
import { createCookie } from "@remix-run/node";
import { sessionSecret } from "~/utils/secrets.server";

const PENDING_SECONDS = 5 * 60;

function pendingCookie() {
  return createCookie("__second_factor", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: process.env.APP_ENV === "production",
    secrets: [sessionSecret()],
    maxAge: PENDING_SECONDS,
  });
}

export async function pendingSecondFactorCookie(userId: string, now = new Date()): Promise<string> {
  return pendingCookie().serialize({ userId, expiresAt: now.getTime() + PENDING_SECONDS * 1000 });
}

/** The account waiting for its second factor, or null (none, forged, or older than five minutes). */
export async function pendingSecondFactor(request: Request, now = new Date()): Promise<string | null> {
  const value: unknown = await pendingCookie().parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { userId, expiresAt } = value as { userId?: unknown; expiresAt?: unknown };
  if (typeof userId !== "string" || typeof expiresAt !== "number" || expiresAt <= now.getTime()) return null;
  return userId;
}

export async function clearPendingSecondFactor(): Promise<string> {
  return pendingCookie().serialize("", { maxAge: 0 });
}
