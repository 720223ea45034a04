import type { RequestHandler } from "express";
import { sendPlainErrorPage } from "./plain-error-page";

/** Plain forms (log-in, offers, applications…) are a few kilobytes; 100 KB leaves room for long texts. */
export const FORM_BODY_LIMIT_BYTES = 100 * 1024;

/**
 * The forms with a file input read their body themselves with their own, larger bounds
 * (readFileUpload: the logo, the CV, the newsletter's CSV import, the pictures of articles and
 * events on their new and edit pages, and the scan of a hand-signed agreement), so they are left
 * to that — once their length is declared. With JavaScript, Remix posts a form to its page's
 * `.data` URL.
 */
const ID = "(?:new|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
const UPLOAD_FORMS = new RegExp(
  `^/(?:de|fr|en)/(?:(?:company|student)/profile|staff/newsletter/subscribers|agreements/sign|(?:staff/(?:articles|events)|organiser/events)/${ID})(?:\\.data|/)?$`,
  "i",
);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type BodyVerdict = "read" | "too-large" | "length-required";

/**
 * Whether a request body may be read, decided from its headers alone, before a byte of it is
 * buffered (Remix reads a whole form into memory, also on pages that need no session). A body
 * without a declared length (chunked) cannot be bounded up front; browsers always declare it for
 * forms, so such a post is refused.
 */
export function bodyVerdict(input: {
  method: string;
  path: string;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
}): BodyVerdict {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return "read";
  if (input.contentLength === undefined) return input.transferEncoding ? "length-required" : "read";
  if (UPLOAD_FORMS.test(input.path)) return "read";
  const length = Number(input.contentLength);
  return Number.isFinite(length) && length <= FORM_BODY_LIMIT_BYTES ? "read" : "too-large";
}

export function formBodyLimit(): RequestHandler {
  return (req, res, next) => {
    const verdict = bodyVerdict({
      method: req.method,
      path: req.path,
      contentLength: req.get("content-length"),
      transferEncoding: req.get("transfer-encoding"),
    });
    if (verdict === "read") return next();
    // The unread body is dropped with the connection rather than read only to be thrown away.
    res.set("Connection", "close");
    if (verdict === "too-large") sendPlainErrorPage(res, req.path, 413, "tooLarge");
    else sendPlainErrorPage(res, req.path, 411, "generic");
  };
}
