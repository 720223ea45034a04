import type { RequestHandler } from "express";
import { translatorFor } from "~/modules/i18n/i18n.server";
import { DEFAULT_LANGUAGE } from "~/modules/i18n/languages";
import { splitLocalizedPath } from "~/modules/i18n/localized-path";
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
    const language = splitLocalizedPath(req.path).language ?? DEFAULT_LANGUAGE;
    const t = translatorFor(language);
    res
      .status(403)
      .type("html")
      .send(
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${t("errors:crossSite.title")}</title></head>` +
          `<body><main><h1>${t("errors:crossSite.title")}</h1><p>${t("errors:crossSite.body")}</p>` +
          `<p><a href="/${language}">${t("errors:notFound.home")}</a></p></main></body></html>`,
      );
  };
}
