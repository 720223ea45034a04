import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { requestLogging } from "./request-logging";

export interface HttpApp {
  app: express.Express;
  close(): Promise<void>;
}

/**
 * The Express app around Remix: request ids and logs, security headers, compression, static
 * files, then every other request to Remix. In development Vite serves the app with hot reload.
 */
export async function createHttpApp({ mode }: { mode: "development" | "production" }): Promise<HttpApp> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(requestLogging());
  app.use(securityHeaders(mode));
  app.use(compression());

  let build: ServerBuild | (() => Promise<ServerBuild>);
  let close = async () => {};
  if (mode === "development") {
    const vite = await import("vite");
    const devServer = await vite.createServer({ server: { middlewareMode: true } });
    app.use(devServer.middlewares);
    build = () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
    close = () => devServer.close();
  } else {
    // Fingerprinted assets never change under their name; everything else may.
    app.use("/assets", express.static(path.resolve("build/client/assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(path.resolve("build/client"), { maxAge: "1h" }));
    build = (await import(path.resolve("build/server/index.js"))) as ServerBuild;
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode,
      getLoadContext: (_req, res) => ({ requestId: String(res.locals.requestId) }),
    }),
  );
  return { app, close };
}

function securityHeaders(mode: "development" | "production") {
  return helmet({
    // Remix inlines its hydration data as a script; until scripts carry a nonce, inline scripts
    // must be allowed. Everything else is locked to our own origin.
    contentSecurityPolicy:
      mode === "production"
        ? {
            directives: {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'", "'unsafe-inline'"],
              styleSrc: ["'self'"],
              imgSrc: ["'self'", "data:"],
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
    crossOriginEmbedderPolicy: false,
  });
}
