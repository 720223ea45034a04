import type { RequestHandler } from "express";
import { sendPlainErrorPage } from "./plain-error-page";
import { isSameOriginRequest, isTokenOnlyPost } from "./same-origin-rule";

/**
 * Refuses form posts from other sites (cross-site request forgery) for every action at once:
 * a browser names the page a form came from in Origin, and we accept only our own.
 * Also hands the client's address to Remix in a header that no client can set itself.
 */
export function sameOriginForms(appUrl: string): RequestHandler {
  const ownOrigin = new URL(appUrl).origin;
  return (req, res, next) => {
    req.headers["x-antenne-client-ip"] = req.ip ?? "unknown";
    const allowed = isSameOriginRequest({
      method: req.method,
      origin: req.get("origin"),
      secFetchSite: req.get("sec-fetch-site"),
      ownOrigins: [ownOrigin, `${req.protocol}://${req.get("host")}`],
    });
    if (allowed || isTokenOnlyPost(req.path)) return next();
    sendPlainErrorPage(res, req.path, 403, "crossSite");
  };
}
