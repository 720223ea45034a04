const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may change something. Reading is always fine. A change needs an Origin of
 * our own. Current browsers send Origin with every post; without it, only a browser's own mark
 * that the post comes from our pages (Sec-Fetch-Site: same-origin) will do, so a script or a
 * client that strips the header cannot post at all.
 */
export function isSameOriginRequest(input: {
  method: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
  ownOrigins: string[];
}): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  if (input.origin && input.origin !== "null") return input.ownOrigins.includes(input.origin);
  if (input.origin === "null") return false;
  return input.secFetchSite === "same-origin";
}

/**
 * Posts that need no Origin of ours: the stop link of saved-search mails and the newsletter's
 * unsubscribe link. Mail clients POST
 * `List-Unsubscribe=One-Click` there themselves (RFC 8058), from their own servers or from a
 * webmail page on another origin. The secret token in the address is the whole authority and can
 * only stop or resume that one search, so a forged post from another site gains nothing.
 */
const TOKEN_ONLY_POSTS = /^\/(?:de|fr|en)\/(?:saved-searches\/stop|newsletter\/unsubscribe)\/?$/;
/** The sending provider's bounce webhook: its shared secret, not a browser's Origin, is the authority. */
const SECRET_POSTS = /^\/api\/v1\/newsletter\/events\/?$/;

export function isTokenOnlyPost(path: string): boolean {
  return TOKEN_ONLY_POSTS.test(path) || SECRET_POSTS.test(path);
}
