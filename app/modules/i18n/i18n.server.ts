import { createCookie } from "@remix-run/node";
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, isLanguage, type Language } from "./languages";
import { localeResources } from "./locale-files.server";
import { preferredLanguage } from "./negotiate-language";
import { createI18n, type Translate } from "./translator";
import { notFound } from "~/utils/not-found";

/** Remembers the reader's language for a year, so `/` brings them back to it. */
export const languageCookie = createCookie(LANGUAGE_COOKIE, {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
  secure: process.env.APP_ENV === "production",
});

/** The language for a request without one in its URL: cookie, then Accept-Language, else German. */
export async function negotiateLanguage(request: Request): Promise<Language> {
  const remembered: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLanguage(remembered)) return remembered;
  return preferredLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LANGUAGE;
}

const translators = new Map<Language, Translate>();

/** A translate function for server-side texts: page titles, error messages, mails. */
export function translatorFor(language: Language): Translate {
  const cached = process.env.NODE_ENV === "production" ? translators.get(language) : undefined;
  if (cached) return cached;
  const t = createI18n(language, localeResources(language)).t;
  translators.set(language, t);
  return t;
}

/** The language of a route with a `$lang` segment; anything else is not a page of ours. */
export function requireLanguage(params: { lang?: string }): Language {
  if (!isLanguage(params.lang)) throw notFound();
  return params.lang;
}
