import { db } from "~/utils/db.server";
import { verifyPassword } from "./password.server";
import type { SessionUser } from "./sessions.server";

export type LogInResult =
  | { ok: true; userId: string; role: SessionUser["role"] }
  | { ok: false; reason: "invalid" | "unverified" | "suspended" };

/**
 * Checks an email and password. A wrong password and an unknown address give the same answer in
 * the same time, so the form does not reveal who has an account.
 */
export async function checkCredentials(email: string, password: string): Promise<LogInResult> {
  const user = await db().user.findUnique({ where: { email } });
  const usable = user && !user.deletedAt ? user : null;
  const matches = await verifyPassword(usable?.passwordHash ?? null, password);
  if (!usable || !matches) return { ok: false, reason: "invalid" };
  if (!usable.emailVerifiedAt) return { ok: false, reason: "unverified" };
  // Said only to someone who knows the password: it reveals nothing to a guesser.
  if (usable.suspendedAt) return { ok: false, reason: "suspended" };
  return { ok: true, userId: usable.id, role: usable.role };
}

/**
 * After a reset link set a new password: the link came to the address, which proves it is the
 * owner, so they are logged in at once, whatever guesses others made at the account. Returns the
 * role for the landing page, or null when the account may not log in (suspended).
 */
export async function logInAfterReset(userId: string): Promise<{ role: SessionUser["role"]; email: string } | null> {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt || user.suspendedAt || !user.emailVerifiedAt) return null;
  return { role: user.role, email: user.email };
}
