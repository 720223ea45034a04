import { redirect } from "@remix-run/node";
import { isLanguage, type Language } from "~/modules/i18n/languages";
import { readSession, type SessionUser } from "./sessions.server";
import { staffTotpRequired } from "./two-factor.server";

export type Role = SessionUser["role"];

/**
 * The signed-in user, or null for a visitor. Where staff must have a second factor
 * (REQUIRE_STAFF_TOTP), a staff member without one is sent to set it up before any page that
 * knows who they are; only that page and logging out stay open.
 */
export async function getCurrentUser(request: Request): Promise<SessionUser | null> {
  const user = (await readSession(request))?.user ?? null;
  if (user && user.role === "STAFF" && !user.twoFactor && staffTotpRequired()) {
    const [, first, ...rest] = new URL(request.url).pathname.split("/");
    const language = first && isLanguage(first) ? first : isLanguage(user.locale) ? user.locale : "de";
    const page = rest.join("/");
    if (page !== "account/two-factor" && page !== "logout") throw redirect(`/${language}/account/two-factor`);
  }
  return user;
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
