const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Whether a request may change something. Reading is always fine. A change needs an Origin of
 * our own; without Origin (older browsers, scripts) we refuse only what the browser marks as
 * coming from another site.
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
  return input.secFetchSite !== "cross-site";
}
