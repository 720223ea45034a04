/**
 * A few seconds' memory of the pages every anonymous visitor gets alike (ADR 28). An answer that
 * a shared cache may keep (`public` with `s-maxage`, or `max-age` like the JSON API) is kept for at most
 * `seconds`, keyed by its URL and the request's cookies (the page says `Vary: Cookie`); a request
 * with a session cookie is never answered from it. A kept page is sent with this request's own
 * script nonce and request id written in place of the first request's, so the security headers,
 * which this request set, stay true. Rendering the same page again for every visitor within those
 * seconds was most of the server's work under load.
 */
import type { RequestHandler, Response } from "express";
import { SESSION_COOKIE } from "./cache-policy";

const SESSION_PAIR = `${SESSION_COOKIE}=`;

/** Headers this request sets itself, or that depend on how this response is sent. */
const NOT_KEPT = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "date"]);

interface KeptPage {
  expires: number;
  headers: [string, string | number | string[]][];
  body: string;
  nonce: string;
  requestId: string;
}

export interface PublicPageMemoryOptions {
  /** How long a page is kept; 0 turns the memory off. */
  seconds: number;
  /** Pages kept at most; the oldest goes first. */
  maxPages?: number;
  /** A page larger than this is not kept. */
  maxBytes?: number;
  now?: () => number;
}

export function publicPageMemory({
  seconds,
  maxPages = 500,
  maxBytes = 512 * 1024,
  now = Date.now,
}: PublicPageMemoryOptions): RequestHandler {
  const pages = new Map<string, KeptPage>();
  return (req, res, next) => {
    const cookies = req.headers.cookie ?? "";
    if (seconds <= 0 || req.method !== "GET" || cookies.includes(SESSION_PAIR)) return next();
    const key = `${req.originalUrl}\n${cookies}`;
    const kept = pages.get(key);
    if (kept && kept.expires > now()) return send(kept, res);
    pages.delete(key);
    const setBefore = new Set(Object.keys(res.getHeaders()));
    keepWhenShareable(res, maxBytes, (headers, body) => {
      const maxAge = sharedMaxAge(res);
      if (maxAge === null) return;
      if (pages.size >= maxPages) pages.delete(pages.keys().next().value as string);
      pages.set(key, {
        expires: now() + Math.min(seconds, maxAge) * 1000,
        headers: headers.filter(([name]) => !setBefore.has(name) && !NOT_KEPT.has(name)),
        body,
        nonce: String(res.locals.cspNonce ?? ""),
        requestId: String(res.locals.requestId ?? ""),
      });
    });
    next();
  };
}

/**
 * How long a shared cache may keep a 200 answer marked `public`, else null. The cache policy decides what is shareable
 * (it allows the language cookie, the same for every visitor of the page); a session cookie is
 * refused here once more, as handing one to others would sign them in as someone else.
 */
function sharedMaxAge(res: Response): number | null {
  const cookies = [res.getHeader("set-cookie") ?? []].flat().map(String);
  if (res.statusCode !== 200 || cookies.some((cookie) => cookie.startsWith(SESSION_PAIR))) return null;
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  if (!/(?:^|,)\s*public\b/.test(cacheControl)) return null;
  // What a shared cache may keep: s-maxage where given (pages), else max-age (the JSON API, feeds).
  const maxAge = (/(?:^|,)\s*s-maxage=(\d+)/.exec(cacheControl) ?? /(?:^|,)\s*max-age=(\d+)/.exec(cacheControl))?.[1];
  return maxAge && Number(maxAge) > 0 ? Number(maxAge) : null;
}

/** Copies what the page writes, as it passes, and hands it over when the answer is complete. */
function keepWhenShareable(
  res: Response,
  maxBytes: number,
  keep: (headers: [string, string | number | string[]][], body: string) => void,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function" || size > maxBytes) return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    chunks.push(buffer);
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response["write"];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    const headers = Object.entries(res.getHeaders()).filter(
      (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
    );
    if (size <= maxBytes) keep(headers, Buffer.concat(chunks).toString("utf8"));
    return end(chunk, ...rest);
  }) as Response["end"];
}

function send(page: KeptPage, res: Response): void {
  for (const [name, value] of page.headers) res.setHeader(name, value);
  let body = page.body;
  // The nonce and the request id are random; written nowhere else in a page by chance.
  if (page.nonce) body = body.split(page.nonce).join(String(res.locals.cspNonce ?? ""));
  if (page.requestId) body = body.split(page.requestId).join(String(res.locals.requestId ?? ""));
  res.status(200).end(body);
}
