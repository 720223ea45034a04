import { isLanguage, type Language } from "./languages";

/**
 * Splits `/fr/imprint` into its language and the rest of the path. Paths without a known
 * language prefix yield `language: null` and the whole path as rest.
 */
export function splitLocalizedPath(pathname: string): { language: Language | null; rest: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (match && isLanguage(match[1])) {
    return { language: match[1], rest: match[2] ?? "" };
  }
  return { language: null, rest: pathname };
}

/**
 * The same page in another language: `/de/imprint?x=1` → `/fr/imprint?x=1`.
 * The query string and hash are kept so that a switch never loses what the reader was doing.
 */
export function switchLanguageOfPath(pathWithQuery: string, target: Language): string {
  const url = new URL(pathWithQuery, "http://localhost");
  const { rest } = splitLocalizedPath(url.pathname);
  return `/${target}${rest}${url.search}${url.hash}`;
}
