import { splitLocalizedPath } from "~/modules/i18n/localized-path";

/**
 * Who may keep a copy of a page, and for how long. Anonymous visitors of the public pages all get
 * the same page (the language is in the URL), so a proxy or CDN may serve it for a minute
 * (`s-maxage`); browsers still ask again (`max-age=0`). Everything else, and every page a
 * signed-in user sees (the header shows their name, pages show their data), is `no-store`.
 */
export const PUBLIC_PAGE_CACHE = "public, max-age=0, s-maxage=60, stale-while-revalidate=30";
export const PERSONAL_PAGE_CACHE = "private, no-store";

/** The session cookie's name: its presence is what makes a request personal. */
export const SESSION_COOKIE = "__session";

/** Pages below the language that are the same for every anonymous visitor. */
const PUBLIC_PAGES = [
  /^$/,
  /^\/offers$/,
  /^\/offers\/[^/]+$/,
  /^\/imprint$/,
  /^\/privacy$/,
  /^\/programmes(\/[^/]+)?$/,
  /^\/articles$/,
  /^\/articles\/[^/]+$/,
  /^\/events$/,
  /^\/events\/[^/]+$/,
  /^\/22-(januar|janvier|january)\/\d{4}(\/(mitmachen|participer|participate))?$/,
];

export interface PageAnswer {
  method: string;
  url: string;
  status: number;
  cookieHeader: string | null;
  /**
   * An answer that sets a cookie is for this visitor alone (the caller leaves out the language
   * cookie, which is the URL's language for everyone: entry.server.tsx).
   */
  setsCookie: boolean;
}

function hasSessionCookie(cookieHeader: string | null): boolean {
  return (cookieHeader ?? "").split(";").some((pair) => pair.trim().startsWith(`${SESSION_COOKIE}=`));
}

/** Cache-Control and Vary for a page or its data request. */
export function cacheHeadersFor(answer: PageAnswer): { "Cache-Control": string; Vary?: string } {
  const { language, rest } = splitLocalizedPath(new URL(answer.url).pathname);
  const shareable =
    (answer.method === "GET" || answer.method === "HEAD") &&
    answer.status === 200 &&
    language !== null &&
    PUBLIC_PAGES.some((page) => page.test(rest)) &&
    !hasSessionCookie(answer.cookieHeader) &&
    !answer.setsCookie;
  // Vary: Cookie keeps a shared copy from ever answering a signed-in request.
  return shareable ? { "Cache-Control": PUBLIC_PAGE_CACHE, Vary: "Cookie" } : { "Cache-Control": PERSONAL_PAGE_CACHE };
}
