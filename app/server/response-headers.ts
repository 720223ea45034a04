import { randomBytes } from "node:crypto";
import type { RequestHandler, Response } from "express";
import helmet from "helmet";
import { DEFAULT_TILE_URL, tileImageSource } from "~/modules/maps/map-config";

/**
 * Security headers of every response: a Content-Security-Policy whose scripts need this
 * response's nonce (no 'unsafe-inline'), a Permissions-Policy that turns off the browser features
 * the platform never uses. Caching is decided in one place, cache-policy.ts, when the page is
 * rendered (a second header set here would be appended to it, not replace it).
 */
export function responseHeaders(
  mode: "development" | "production",
  options: { mapTileUrl?: string } = {},
): RequestHandler[] {
  return [cspNonce, securityHeaders(mode, options.mapTileUrl), permissionsPolicy];
}

/** A fresh nonce per response; Remix writes it on every script of the page (entry.server.tsx). */
const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
};

export function nonceOf(res: Response): string {
  return String(res.locals.cspNonce);
}

function securityHeaders(mode: "development" | "production", mapTileUrl = DEFAULT_TILE_URL) {
  // Map tiles are images from the configured tile server; Leaflet needs nothing else from outside.
  const tiles = tileImageSource(mapTileUrl);
  return helmet({
    // In development Vite injects its own inline scripts for hot reload; the policy is for production.
    contentSecurityPolicy:
      mode === "production"
        ? {
            directives: {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res as Response)}'`],
              // Mails shown to staff in a sandboxed srcdoc frame carry inline styles; styles
              // cannot run code, scripts stay locked.
              styleSrc: ["'self'", "'unsafe-inline'"],
              imgSrc: ["'self'", "data:", ...(tiles ? [tiles] : [])],
              connectSrc: ["'self'"],
              formAction: ["'self'"],
              frameAncestors: ["'none'"],
              objectSrc: ["'none'"],
              baseUri: ["'self'"],
              upgradeInsecureRequests: null,
            },
          }
        : false,
    strictTransportSecurity: process.env.APP_ENV === "production",
    // Not helmet's "no-referrer": with it, browsers send "Origin: null" on form posts, and the
    // same-origin check (same-origin.ts) could no longer tell our own forms from forged ones.
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginEmbedderPolicy: false,
  });
}

/** Nothing here needs a camera, a microphone, the position or payments; no embedded page either. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
].join(", ");

const permissionsPolicy: RequestHandler = (_req, res, next) => {
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  next();
};
