import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { LevelWithSilent } from "pino";
import { pinoHttp } from "pino-http";
import { logger as appLogger, requestContext, type Logger } from "~/utils/logger.server";

/** An upstream proxy's request id is kept when it looks like one; otherwise we make our own. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Gives every request an id (echoed in X-Request-Id), writes one JSON log line per request, and
 * makes the id available to all code that runs for it (see requestContext).
 *
 * The line carries the URL; tokens in its query string are replaced on the way out (createLogger).
 */
export function requestLogging(logger: Logger = appLogger): RequestHandler[] {
  const http = pinoHttp<IncomingMessage, ServerResponse, never>({
    logger,
    genReqId(req, res) {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    customLogLevel(_req, res, error): LevelWithSilent {
      if (error || res.statusCode >= 500) return "error";
      if (res.statusCode >= 400) return "warn";
      return "info";
    },
    // Asset and health-check noise would drown the lines that matter.
    autoLogging: { ignore: (req) => req.url?.startsWith("/assets/") === true || req.url === "/healthz" },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return [
    http,
    (req, res, next) => {
      res.locals.requestId = String(req.id);
      requestContext.run({ requestId: String(req.id) }, next);
    },
  ];
}
