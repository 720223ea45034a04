import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheHeadersFor } from "./cache-policy";
import { publicPageMemory } from "./public-page-memory";
import { requestLogging } from "./request-logging";
import { nonceOf, responseHeaders } from "./response-headers";

/**
 * The page memory over real HTTP, between the production middleware (request ids, security
 * headers, compression) and a stand-in for Remix that renders a page with its nonce and request
 * id, answering with the cache policy's own headers and counting its renders.
 */
let server: Server;
let base: string;
let renders = 0;
let clock = 0;

beforeAll(async () => {
  const app = express();
  app.use(requestLogging());
  app.use(responseHeaders("production"));
  app.use(compression());
  app.use(publicPageMemory({ seconds: 5, maxPages: 3, now: () => clock }));
  app.get("/api/offers", (req, res) => {
    renders += 1;
    res.set("Cache-Control", "public, max-age=60").json({ render: renders, query: req.query.q });
  });
  app.get("*", (req, res) => {
    renders += 1;
    const setsCookie = req.query.cookie === "1";
    if (setsCookie) res.cookie("lang", "fr");
    // As entry.server.tsx does: the language cookie does not make a page personal.
    if (req.query.language === "1") res.cookie("lang", "de");
    // A page that wrongly signs someone in while marked shareable.
    if (req.query.session === "1") res.cookie("__session", "secret");
    const status = req.path.endsWith("/missing") ? 404 : 200;
    const headers = cacheHeadersFor({
      method: req.method,
      url: `http://localhost${req.originalUrl}`,
      status,
      cookieHeader: req.headers.cookie ?? null,
      setsCookie,
    });
    res.status(status).set(headers).type("html");
    // Written in pieces, as Remix streams a page.
    res.write(`<!doctype html><p>render ${renders} of ${req.originalUrl}</p>`);
    res.end(`<script nonce="${nonceOf(res)}">window.requestId="${String(res.locals.requestId)}"</script>`);
  });
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

beforeEach(() => {
  clock += 60_000; // every test starts after whatever earlier tests kept has run out
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
const policyNonce = (response: Response) =>
  /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("the public page memory", () => {
  it("answers the next anonymous visitors of a public page from memory, with their own nonce and request id", async () => {
    const before = renders;
    const first = await get("/de/imprint");
    const second = await get("/de/imprint", { "accept-encoding": "gzip" });
    const [firstBody, secondBody] = [await first.text(), await second.text()];
    expect(renders).toBe(before + 1);
    expect(secondBody).toContain(`render ${before + 1} of /de/imprint`);
    // The kept page carries this answer's nonce, so its own script runs under this answer's policy.
    expect(secondBody).toContain(`nonce="${policyNonce(second)}"`);
    expect(policyNonce(second)).not.toBe(policyNonce(first));
    expect(firstBody).toContain(`nonce="${policyNonce(first)}"`);
    expect(secondBody).toContain(`window.requestId="${second.headers.get("x-request-id")}"`);
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(second.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
    expect(second.headers.get("content-type")).toMatch(/^text\/html/);
  });

  it("renders the page again once its seconds are over", async () => {
    const before = renders;
    await get("/de/privacy");
    clock += 4_000;
    const kept = await get("/de/privacy");
    expect(await kept.text()).toContain(`render ${before + 1} of /de/privacy`);
    clock += 2_000;
    const later = await get("/de/privacy");
    expect(await later.text()).toContain(`render ${before + 2} of /de/privacy`);
  });

  it("never answers a signed-in request from memory, nor keeps what it gets", async () => {
    const before = renders;
    await get("/de/offers");
    const signedIn = await get("/de/offers", { cookie: "__session=abc" });
    expect(await signedIn.text()).toContain(`render ${before + 2} of /de/offers`);
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    const anonymous = await get("/de/offers");
    expect(await anonymous.text()).toContain(`render ${before + 1} of /de/offers`);
  });

  it("keeps no private page, no error, no answer that sets a cookie, and separates other cookies", async () => {
    const before = renders;
    for (const path of ["/de/account", "/de/offers/missing", "/de/events?cookie=1"]) {
      await get(path);
      await get(path);
    }
    expect(renders).toBe(before + 6);
    await get("/de/events", { cookie: "lang=fr" });
    const otherCookie = await get("/de/events", { cookie: "lang=de" });
    expect(await otherCookie.text()).toContain(`render ${before + 8} of /de/events`);
  });

  it("hands the language cookie on with a kept page, but never keeps a session cookie", async () => {
    const before = renders;
    await get("/de/events?language=1");
    const kept = await get("/de/events?language=1");
    expect(await kept.text()).toContain(`render ${before + 1} of`);
    expect(kept.headers.get("set-cookie")).toMatch(/^lang=de/);
    await get("/de/events?session=1");
    const again = await get("/de/events?session=1");
    expect(await again.text()).toContain(`render ${before + 3} of`);
  });

  it("keeps what any shared cache may keep, like the JSON API's public answers", async () => {
    const before = renders;
    await get("/api/offers?q=koch");
    const kept = await get("/api/offers?q=koch");
    expect(await kept.json()).toEqual({ render: before + 1, query: "koch" });
    expect(kept.headers.get("content-type")).toMatch(/^application\/json/);
    const other = await get("/api/offers?q=bäcker");
    expect(await other.json()).toEqual({ render: before + 2, query: "bäcker" });
  });

  it("keeps a bounded number of pages, letting the oldest go", async () => {
    for (const path of ["/de/articles", "/fr/articles", "/en/articles", "/de/programmes"]) await get(path);
    const before = renders;
    await get("/de/programmes");
    await get("/de/articles");
    expect(renders).toBe(before + 1);
  });
});
