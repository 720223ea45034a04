import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { formBodyLimit } from "./body-limit";
import { requestLogging } from "./request-logging";
import { publicPageMemory } from "./public-page-memory";
import { nonceOf, responseHeaders } from "./response-headers";
import { namespacesForRequest } from "~/modules/i18n/route-namespaces.server";
import { sameOriginForms } from "./same-origin";
import { loadEnv } from "~/utils/env.server";
import { parseTrustProxy } from "~/utils/trust-proxy";

export interface HttpApp {
  app: express.Express;
  close(): Promise<void>;
}

/**
 * The Express app around Remix: request ids and logs, security headers, compression, static
 * files, then every other request to Remix. In development Vite serves the app with hot reload.
 */
export async function createHttpApp({
  mode,
  appUrl,
  trustProxy = "loopback",
  publicPageMemorySeconds = 0,
  serverBuild,
}: {
  mode: "development" | "production";
  appUrl: string;
  /** TRUST_PROXY, already validated. */
  trustProxy?: string;
  /** PUBLIC_PAGE_MEMORY_SECONDS; pages are kept in production only (development shows every edit). */
  publicPageMemorySeconds?: number;
  /** In production, a server build already loaded (tests load it through Vite); default: build/server. */
  serverBuild?: ServerBuild;
}): Promise<HttpApp> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", parseTrustProxy(trustProxy) ?? "loopback");
  app.use(requestLogging());
  app.use(responseHeaders(mode, { mapTileUrl: loadEnv().MAP_TILE_URL }));
  app.use(compression());
  app.use(requestGuards(appUrl));

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
    build = serverBuild ?? ((await import(path.resolve("build/server/index.js"))) as ServerBuild);
    app.use(publicPageMemory({ seconds: publicPageMemorySeconds }));
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode,
      getLoadContext: async (req, res) => ({
        requestId: String(res.locals.requestId),
        cspNonce: nonceOf(res),
        i18nNamespaces: namespacesForRequest(typeof build === "function" ? await build() : build, req.path),
      }),
    }),
  );
  return { app, close };
}

/** What every request passes before Remix reads it: forged posts and oversized bodies stop here. */
export function requestGuards(appUrl: string): express.RequestHandler[] {
  return [sameOriginForms(appUrl), formBodyLimit()];
}
