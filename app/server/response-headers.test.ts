import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nonceOf, responseHeaders } from "./response-headers";

/** The production headers over real HTTP, in front of a stand-in page that writes one script. */
let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(responseHeaders("production"));
  app.get("*", (_req, res) => {
    res.send(`<!doctype html><script nonce="${nonceOf(res)}">1</script>`);
  });
  server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

function scriptSrc(response: Response): string {
  const policy = response.headers.get("content-security-policy") ?? "";
  return policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
}

describe("response headers", () => {
  it("allow only scripts carrying this response's nonce, a new one each time, and no inline scripts", async () => {
    const first = await fetch(`${base}/de`);
    const second = await fetch(`${base}/de`);
    const nonce = /nonce="([^"]+)"/.exec(await first.text())?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(scriptSrc(first)).toContain(`'nonce-${nonce}'`);
    expect(scriptSrc(first)).not.toContain("unsafe-inline");
    expect(scriptSrc(second)).not.toContain(`'nonce-${nonce}'`);
  });

  it("let map tiles come from the configured tile server, and images from nowhere else", async () => {
    const policy = (await fetch(`${base}/de`)).headers.get("content-security-policy") ?? "";
    const imgSrc = policy.split(";").find((directive) => directive.trim().startsWith("img-src")) ?? "";
    expect(imgSrc.trim().split(/\s+/)).toEqual(["img-src", "'self'", "data:", "https://tile.openstreetmap.org"]);
  });

  it("turn off browser features the platform never uses", async () => {
    const policy = (await fetch(`${base}/de`)).headers.get("permissions-policy") ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()"]) {
      expect(policy).toContain(feature);
    }
  });
});
