import { redirect } from "@remix-run/node";
import type { Language } from "~/modules/i18n/languages";
import { readSession, type SessionUser } from "./sessions.server";

export type Role = SessionUser["role"];

/** The signed-in user, or null for a visitor. */
export async function getCurrentUser(request: Request): Promise<SessionUser | null> {
  return (await readSession(request))?.user ?? null;
}

/**
 * The signed-in user with one of the given roles. A visitor is sent to the log-in page (and back
 * here afterwards); a user with another role gets a 403 page.
 */
export async function requireUser(request: Request, language: Language, roles?: readonly Role[]): Promise<SessionUser> {
  const user = await getCurrentUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/${language}/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  }
  if (roles && !roles.includes(user.role)) throw new Response("Forbidden", { status: 403 });
  return user;
}
