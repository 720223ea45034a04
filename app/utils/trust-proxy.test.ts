import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { requestGuards } from "~/server/http-app";
import { parseEnv } from "./env";
import { parseTrustProxy } from "./trust-proxy";

describe("TRUST_PROXY", () => {
  it("takes none, a number of hops, or addresses and ranges, and never 'true'", () => {
    expect(parseTrustProxy("false")).toBe(false);
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("loopback, 10.0.0.0/8, 2001:db8::/32")).toEqual(["loopback", "10.0.0.0/8", "2001:db8::/32"]);
    for (const bad of ["true", "*", "10.0.0.0/33", "example.org", ""]) expect(parseTrustProxy(bad), bad).toBeNull();
    const refused = parseEnv({ TRUST_PROXY: "true" });
    expect(refused.ok ? [] : refused.problems).toEqual([expect.stringMatching(/^TRUST_PROXY: .*never true/)]);
    const defaults = parseEnv({});
    expect(defaults.ok && defaults.env.TRUST_PROXY).toBe("loopback");
  });
});

/** The client address the rate limits would use, over real HTTP from 127.0.0.1. */
async function keyedAddress(setting: string, headers: Record<string, string>): Promise<string> {
  const app = express();
  app.set("trust proxy", parseTrustProxy(setting));
  app.use(requestGuards("http://localhost:3000"));
  app.get("*", (req, res) => {
    res.send(String(req.headers["x-antenne-client-ip"]));
  });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
    return await response.text();
  } finally {
    server.close();
  }
}

describe("the rate-limit key behind proxies", () => {
  it("cannot be chosen by a client that writes its own X-Forwarded-For or client-address header", async () => {
    const spoofed = { "X-Forwarded-For": "6.6.6.6", "X-Antenne-Client-Ip": "7.7.7.7" };
    // Facing the internet: the socket's address counts.
    expect(await keyedAddress("false", spoofed)).toBe("127.0.0.1");
    // A proxy elsewhere is trusted, but this client is not it.
    expect(await keyedAddress("10.0.0.0/8", spoofed)).toBe("127.0.0.1");
    // One load balancer in front appends the address it saw; what the client wrote before is ignored.
    expect(await keyedAddress("1", { "X-Forwarded-For": "6.6.6.6, 203.0.113.9" })).toBe("203.0.113.9");
    // A reverse proxy on this machine (the default) names the client.
    expect(await keyedAddress("loopback", { "X-Forwarded-For": "203.0.113.9" })).toBe("203.0.113.9");
  });
});
