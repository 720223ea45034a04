import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { ServerBuild } from "@remix-run/node";
import type { ViteDevServer } from "vite";
import { createHttpApp } from "~/server/http-app";

/**
 * The whole HTTP stack of `npm start` in this test process, listening on a free local port:
 * request ids and logs, security headers, the same-origin and body guards, then Remix in
 * production mode. Only the server build comes from Vite (as in test/routes/page-weight.test.ts)
 * instead of `build/server`, so no build is needed. Tests talk to it with fetch, as a browser.
 */
export interface HttpStack {
  /** http://127.0.0.1:<port> */
  base: string;
  /** A GET as a browser sends it; redirects are not followed. */
  get(path: string, init?: RequestOptions): Promise<Response>;
  /** A form post from our own page (Origin is ours); redirects are not followed. */
  post(path: string, form: Record<string, string>, init?: RequestOptions): Promise<Response>;
  close(): Promise<void>;
}

export interface RequestOptions {
  /** The client's address as a trusted proxy names it (X-Forwarded-For); the rate limits key on it. */
  clientIp?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export async function startHttpStack(): Promise<HttpStack> {
  const { createServer } = await import("vite");
  const vite: ViteDevServer = await createServer({
    server: { middlewareMode: true, hmr: false },
    appType: "custom",
    logLevel: "silent",
  });
  const serverBuild = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const http = await createHttpApp({ mode: "production", appUrl: "http://127.0.0.1", serverBuild });
  const server: Server = http.app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const headersOf = (init: RequestOptions = {}) => ({
    ...(init.clientIp ? { "X-Forwarded-For": init.clientIp } : {}),
    ...(init.cookie ? { Cookie: init.cookie } : {}),
    ...init.headers,
  });
  return {
    base,
    get: (path, init) => fetch(`${base}${path}`, { headers: headersOf(init), redirect: "manual" }),
    post: (path, form, init) =>
      fetch(`${base}${path}`, {
        method: "POST",
        headers: { Origin: base, "Content-Type": "application/x-www-form-urlencoded", ...headersOf(init) },
        body: new URLSearchParams(form),
        redirect: "manual",
      }),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await http.close();
      await vite.close();
    },
  };
}

/** The name=value pairs of a response's Set-Cookie headers, ready to send back as Cookie. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
