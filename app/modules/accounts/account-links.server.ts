import type { Language } from "~/modules/i18n/languages";
import { loadEnv } from "~/utils/env.server";

/** Absolute links for mails, in the recipient's language. */
export function accountLink(language: Language, page: string, token: string): string {
  return `${loadEnv().APP_URL}/${language}/${page}?token=${encodeURIComponent(token)}`;
}

/** An absolute link to a page that needs no token (the forgot-password page). */
export function pageLink(language: Language, page: string): string {
  return `${loadEnv().APP_URL}/${language}/${page}`;
}
